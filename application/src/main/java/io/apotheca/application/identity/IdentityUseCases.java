package io.apotheca.application.identity;

import io.apotheca.application.identity.port.in.ApprovePharmacistUseCase;
import io.apotheca.application.identity.port.in.AuthenticateUseCase;
import io.apotheca.application.identity.port.in.DeleteAccountUseCase;
import io.apotheca.application.identity.port.in.EnsureFirstAdminUseCase;
import io.apotheca.application.identity.port.in.ListPharmacistsUseCase;
import io.apotheca.application.identity.port.in.LoginUseCase;
import io.apotheca.application.identity.port.in.LogoutUseCase;
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

/** Builds the account and session use cases from their ports; the composition root calls this. */
public final class IdentityUseCases {

    private final RegistrationService registration;
    private final SessionService sessions;
    private final ProfileService profiles;
    private final LicenceService licences;
    private final EmailVerificationService verification;
    private final PasswordResetService passwordReset;
    private final AccountDeletionService deletion;

    public IdentityUseCases(IdentityPorts ports) {
        this.registration = new RegistrationService(ports);
        this.sessions = new SessionService(ports);
        this.profiles = new ProfileService(ports);
        this.licences = new LicenceService(ports);
        this.verification = new EmailVerificationService(ports);
        this.passwordReset = new PasswordResetService(ports);
        this.deletion = new AccountDeletionService(ports);
    }

    public RegisterCustomerUseCase registerCustomer() {
        return registration;
    }

    public RegisterPharmacistUseCase registerPharmacist() {
        return registration;
    }

    public EnsureFirstAdminUseCase ensureFirstAdmin() {
        return registration;
    }

    public LoginUseCase login() {
        return sessions;
    }

    public RefreshSessionUseCase refresh() {
        return sessions;
    }

    public LogoutUseCase logout() {
        return sessions;
    }

    public AuthenticateUseCase authenticate() {
        return sessions;
    }

    public ViewProfileUseCase viewProfile() {
        return profiles;
    }

    public UpdateProfileUseCase updateProfile() {
        return profiles;
    }

    public ListPharmacistsUseCase listPharmacists() {
        return licences;
    }

    public ApprovePharmacistUseCase approvePharmacist() {
        return licences;
    }

    public RejectPharmacistUseCase rejectPharmacist() {
        return licences;
    }

    public SuspendPharmacistUseCase suspendPharmacist() {
        return licences;
    }

    public VerifyEmailUseCase verifyEmail() {
        return verification;
    }

    public ResendVerificationUseCase resendVerification() {
        return verification;
    }

    public RequestPasswordResetUseCase requestPasswordReset() {
        return passwordReset;
    }

    public ResetPasswordUseCase resetPassword() {
        return passwordReset;
    }

    public DeleteAccountUseCase deleteAccount() {
        return deletion;
    }
}
