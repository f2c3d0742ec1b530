package io.apotheca.application.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.apotheca.application.identity.port.out.PharmacistLicences;
import io.apotheca.application.shared.UuidV7Generator;
import io.apotheca.domain.identity.LicenceNumber;
import io.apotheca.domain.identity.LicenceStatus;
import io.apotheca.domain.identity.PharmacistLicence;
import io.apotheca.domain.identity.PharmacistLicence.PendingVerification;
import io.apotheca.domain.identity.PharmacistLicence.Verified;
import io.apotheca.domain.identity.UserId;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every store of pharmacists' licences must do: one licence per pharmacist, a licence number
 * registered once per jurisdiction, each decision read back as its own state, and listings in
 * registration order (ids are UUIDv7, so id order is registration order). The in-memory fake and
 * the PostgreSQL store each extend this class and say how to make the accounts it refers to.
 */
public abstract class PharmacistLicencesContract {

    private static final Instant REGISTERED = Instant.parse("2026-11-30T09:00:00Z");

    private final UuidV7Generator ids =
            new UuidV7Generator(Clock.fixed(REGISTERED, ZoneOffset.UTC), new SecureRandom());

    /** The store under test. */
    protected abstract PharmacistLicences licences();

    /** Makes an account of this id, for a licence to belong to or a decision to be made by. */
    protected abstract void haveAccount(UserId id);

    @Test
    void a_registered_licence_reads_back_pending_and_under_lock() {
        PendingVerification licence = register(newPharmacist());

        assertThat(licences().of(licence.pharmacistId())).contains(licence);
        assertThat(licences().lock(licence.pharmacistId())).contains(licence);
        assertThat(licences().of(new UserId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void a_second_licence_of_a_pharmacist_or_a_number_taken_in_its_jurisdiction_is_refused() {
        PendingVerification first = register(newPharmacist());
        PendingVerification secondOfSamePharmacist =
                new PendingVerification(first.pharmacistId(), newNumber("GPHC"), REGISTERED.plusSeconds(1));
        PendingVerification sameNumberForAnother =
                new PendingVerification(newPharmacist(), first.licence(), REGISTERED.plusSeconds(2));
        LicenceNumber inOtherJurisdiction = new LicenceNumber(
                first.licence().number(), "X-" + UUID.randomUUID().toString().substring(0, 8));

        assertThat(licences().add(secondOfSamePharmacist)).isFalse();
        assertThat(licences().add(sameNumberForAnother)).isFalse();
        assertThat(licences().add(new PendingVerification(newPharmacist(), inOtherJurisdiction, REGISTERED)))
                .isTrue();
        assertThat(licences().of(first.pharmacistId())).contains(first);
        assertThat(licences().of(sameNumberForAnother.pharmacistId())).isEmpty();
    }

    @Test
    void each_decision_reads_back_as_its_own_state_with_who_decided_when_and_why() {
        UserId admin = newAccount();
        PendingVerification pending = register(newPharmacist());
        Verified approved = pending.approve(admin, REGISTERED.plusSeconds(60));
        PharmacistLicence.Suspended suspended =
                approved.suspend(admin, "Lapsed insurance", REGISTERED.plusSeconds(120));
        Verified reinstated = suspended.reinstate(admin, REGISTERED.plusSeconds(180));
        PharmacistLicence.Rejected rejected =
                register(newPharmacist()).reject(admin, "Unknown to the register", REGISTERED.plusSeconds(60));

        for (PharmacistLicence decision : List.<PharmacistLicence>of(approved, suspended, reinstated)) {
            licences().update(decision);
            assertThat(licences().of(pending.pharmacistId())).contains(decision);
        }
        licences().update(rejected);
        assertThat(licences().of(rejected.pharmacistId())).contains(rejected);
    }

    @Test
    void a_decision_on_a_licence_never_registered_stores_nothing() {
        UserId admin = newAccount();
        PendingVerification unregistered = new PendingVerification(newPharmacist(), newNumber("GPHC"), REGISTERED);

        licences().update(unregistered.approve(admin, REGISTERED.plusSeconds(60)));

        assertThat(licences().of(unregistered.pharmacistId())).isEmpty();
    }

    @Test
    void a_listing_holds_only_the_status_asked_for_in_registration_order_after_the_given_pharmacist() {
        UuidV7Generator later =
                new UuidV7Generator(Clock.fixed(REGISTERED.plusSeconds(86_400), ZoneOffset.UTC), new SecureRandom());
        UserId admin = newAccount();
        PendingVerification first = register(newPharmacist(later));
        PendingVerification second = register(newPharmacist(later));
        PendingVerification third = register(newPharmacist(later));
        PendingVerification fourth = register(newPharmacist(later));
        licences().update(second.approve(admin, REGISTERED.plusSeconds(60)));
        UUID after = first.pharmacistId().value();

        assertThat(pharmacists(licences().list(Optional.of(LicenceStatus.PENDING_VERIFICATION), Optional.of(after), 2)))
                .containsExactly(third.pharmacistId(), fourth.pharmacistId());
        assertThat(pharmacists(licences().list(Optional.of(LicenceStatus.VERIFIED), Optional.of(after), 1)))
                .containsExactly(second.pharmacistId());
        assertThat(pharmacists(licences().list(Optional.empty(), Optional.of(after), 2)))
                .containsExactly(second.pharmacistId(), third.pharmacistId());
    }

    private PendingVerification register(UserId pharmacist) {
        PendingVerification licence = new PendingVerification(pharmacist, newNumber("GPHC"), REGISTERED);
        assertThat(licences().add(licence)).isTrue();
        return licence;
    }

    private UserId newPharmacist() {
        return newPharmacist(ids);
    }

    private UserId newPharmacist(UuidV7Generator generator) {
        UserId id = new UserId(generator.next());
        haveAccount(id);
        return id;
    }

    private UserId newAccount() {
        return newPharmacist(ids);
    }

    private static LicenceNumber newNumber(String jurisdiction) {
        return new LicenceNumber("L-" + UUID.randomUUID(), jurisdiction);
    }

    private static List<UserId> pharmacists(List<PharmacistLicence> listed) {
        return listed.stream().map(PharmacistLicence::pharmacistId).toList();
    }
}
