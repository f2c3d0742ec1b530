package io.apotheca.http.identity;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.apotheca.application.identity.port.in.Profile;
import io.apotheca.domain.identity.PharmacistLicence;
import io.apotheca.domain.identity.User;
import java.time.Instant;

/** An account as the API shows it; pharmacists also show their licence. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record UserView(
        String id,
        String email,
        String fullName,
        String role,
        boolean emailVerified,
        Instant createdAt,
        String licenseNumber,
        String licenseJurisdiction,
        String licenseStatus,
        String licenseDecisionReason) {

    static UserView of(User user) {
        return new UserView(
                user.id().toString(),
                user.email().value(),
                user.fullName(),
                user.role().name(),
                user.emailVerified(),
                user.createdAt(),
                null,
                null,
                null,
                null);
    }

    static UserView of(Profile profile) {
        User user = profile.user();
        if (profile.licence().isEmpty()) {
            return of(user);
        }
        PharmacistLicence licence = profile.licence().get();
        return new UserView(
                user.id().toString(),
                user.email().value(),
                user.fullName(),
                user.role().name(),
                user.emailVerified(),
                user.createdAt(),
                licence.licence().number(),
                licence.licence().jurisdiction(),
                licence.status().name(),
                reasonOf(licence));
    }

    private static String reasonOf(PharmacistLicence licence) {
        if (licence instanceof PharmacistLicence.Rejected r) {
            return r.decision().reason();
        }
        if (licence instanceof PharmacistLicence.Suspended s) {
            return s.decision().reason();
        }
        return null;
    }
}
