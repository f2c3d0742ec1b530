package io.apotheca.application.identity;

import io.apotheca.application.identity.port.in.ApprovePharmacistUseCase;
import io.apotheca.application.identity.port.in.AuthenticateUseCase;
import io.apotheca.application.identity.port.in.DeleteAccountUseCase;
import io.apotheca.application.identity.port.in.EnsureFirstAdminUseCase;
import io.apotheca.application.identity.port.in.IssueClientTokenUseCase;
import io.apotheca.application.identity.port.in.ListPharmacistsUseCase;
import io.apotheca.application.identity.port.in.LoginUseCase;
import io.apotheca.application.identity.port.in.LogoutUseCase;
import io.apotheca.application.identity.port.in.ManageApiClientsUseCase;
import io.apotheca.application.identity.port.in.RefreshSessionUseCase;
import io.apotheca.application.identity.port.in.RegisterCustomerUseCase;
import io.apotheca.application.identity.port.in.RegisterPharmacistUseCase;
import io.apotheca.application.identity.port.in.RejectPharmacistUseCase;
import io.apotheca.application.identity.port.in.RequestPasswordResetUseCase;
import io.apotheca.application.identity.port.in.ResendVerificationUseCase;
import io.apotheca.application.identity.port.in.ResetPasswordUseCase;
import io.apotheca.application.identity.port.in.SuspendPharmacistUseCase;
import io.apotheca.application.identity.port.in.UpdateProfileUseCase;
import io.apotheca.application.identity.port.in.VerifyEmailUseCase;
import io.apotheca.application.identity.port.in.ViewProfileUseCase;

/**
 * Builds the account and session use cases from their ports, one at a time; the composition root
 * hands each to the one place that calls it. The services are stateless, so two use cases of one
 * service (logging in and out) may well be two instances of it.
 */
public final class IdentityUseCases {

    private IdentityUseCases() {}

    public static RegisterCustomerUseCase registerCustomer(IdentityPorts ports) {
        return new RegistrationService(ports);
    }

    public static RegisterPharmacistUseCase registerPharmacist(IdentityPorts ports) {
        return new RegistrationService(ports);
    }

    public static EnsureFirstAdminUseCase ensureFirstAdmin(IdentityPorts ports) {
        return new RegistrationService(ports);
    }

    public static ManageApiClientsUseCase manageApiClients(IdentityPorts ports) {
        return new ApiClientService(ports);
    }

    public static IssueClientTokenUseCase issueClientToken(IdentityPorts ports) {
        return new ApiClientService(ports);
    }

    public static LoginUseCase login(IdentityPorts ports) {
        return new SessionService(ports);
    }

    public static RefreshSessionUseCase refresh(IdentityPorts ports) {
        return new SessionService(ports);
    }

    public static LogoutUseCase logout(IdentityPorts ports) {
        return new SessionService(ports);
    }

    public static AuthenticateUseCase authenticate(IdentityPorts ports) {
        return new SessionService(ports);
    }

    public static ViewProfileUseCase viewProfile(IdentityPorts ports) {
        return new ProfileService(ports);
    }

    public static UpdateProfileUseCase updateProfile(IdentityPorts ports) {
        return new ProfileService(ports);
    }

    public static ListPharmacistsUseCase listPharmacists(IdentityPorts ports) {
        return new LicenceService(ports);
    }

    public static ApprovePharmacistUseCase approvePharmacist(IdentityPorts ports) {
        return new LicenceService(ports);
    }

    public static RejectPharmacistUseCase rejectPharmacist(IdentityPorts ports) {
        return new LicenceService(ports);
    }

    public static SuspendPharmacistUseCase suspendPharmacist(IdentityPorts ports) {
        return new LicenceService(ports);
    }

    public static VerifyEmailUseCase verifyEmail(IdentityPorts ports) {
        return new EmailVerificationService(ports);
    }

    public static ResendVerificationUseCase resendVerification(IdentityPorts ports) {
        return new EmailVerificationService(ports);
    }

    public static RequestPasswordResetUseCase requestPasswordReset(IdentityPorts ports) {
        return new PasswordResetService(ports);
    }

    public static ResetPasswordUseCase resetPassword(IdentityPorts ports) {
        return new PasswordResetService(ports);
    }

    public static DeleteAccountUseCase deleteAccount(IdentityPorts ports) {
        return new AccountDeletionService(ports);
    }
}
