package io.apotheca.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.apotheca.domain.identity.PharmacistLicence.PendingVerification;
import io.apotheca.domain.identity.PharmacistLicence.Suspended;
import io.apotheca.domain.identity.PharmacistLicence.Verified;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PharmacistLicenceTest {

    private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");
    private static final UserId PHARMACIST = new UserId(new UUID(1, 1));
    private static final UserId ADMIN = new UserId(new UUID(2, 2));

    private final PendingVerification pending =
            new PendingVerification(PHARMACIST, new LicenceNumber(" rph-123 ", "ca"), NOW);

    @Test
    void a_licence_is_kept_in_one_case_so_it_cannot_be_registered_twice() {
        assertThat(pending.licence()).isEqualTo(new LicenceNumber("RPH-123", "CA"));
    }

    @Test
    void approving_a_pending_licence_lets_the_pharmacist_act() {
        Verified verified = pending.approve(ADMIN, NOW);

        assertThat(verified.status()).isEqualTo(LicenceStatus.VERIFIED);
        assertThat(verified.decision().decidedBy()).isEqualTo(ADMIN);
        assertThat(VerifiedPharmacistPolicy.actsAsPharmacist(Role.PHARMACIST, Optional.of(verified)))
                .isTrue();
    }

    @Test
    void only_a_verified_pharmacist_acts_as_one() {
        Suspended suspended = pending.approve(ADMIN, NOW).suspend(ADMIN, "licence lapsed", NOW);

        assertThat(VerifiedPharmacistPolicy.actsAsPharmacist(Role.PHARMACIST, Optional.of(pending)))
                .isFalse();
        assertThat(VerifiedPharmacistPolicy.actsAsPharmacist(Role.PHARMACIST, Optional.of(suspended)))
                .isFalse();
        assertThat(VerifiedPharmacistPolicy.actsAsPharmacist(Role.PHARMACIST, Optional.empty()))
                .isFalse();
        assertThat(VerifiedPharmacistPolicy.actsAsPharmacist(Role.ADMIN, Optional.of(pending.approve(ADMIN, NOW))))
                .isFalse();
    }

    @Test
    void rejecting_or_suspending_needs_a_reason() {
        assertThatThrownBy(() -> pending.reject(ADMIN, " ", NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> pending.approve(ADMIN, NOW).suspend(ADMIN, null, NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(pending.reject(ADMIN, "number unknown to the board", NOW)
                        .decision()
                        .reason())
                .isEqualTo("number unknown to the board");
    }

    @Test
    void a_suspended_licence_can_be_reinstated() {
        Verified again =
                pending.approve(ADMIN, NOW).suspend(ADMIN, "audit", NOW).reinstate(ADMIN, NOW);

        assertThat(again.status()).isEqualTo(LicenceStatus.VERIFIED);
    }
}
