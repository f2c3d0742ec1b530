package io.apotheca.domain.prescription;

import static org.assertj.core.api.Assertions.assertThat;

import io.apotheca.domain.identity.Role;
import io.apotheca.domain.identity.UserId;
import io.apotheca.domain.prescription.ReviewerPolicy.Refusal;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReviewerPolicyTest {

    private static final UserId PHARMACIST = new UserId(new UUID(1, 1));
    private static final UserId PATIENT = new UserId(new UUID(1, 2));

    @Test
    void a_verified_pharmacist_reviews_someone_elses_order() {
        assertThat(ReviewerPolicy.check(Role.PHARMACIST, true, PHARMACIST, PATIENT))
                .isEmpty();
    }

    @Test
    void an_unverified_pharmacist_does_not_review() {
        assertThat(ReviewerPolicy.check(Role.PHARMACIST, false, PHARMACIST, PATIENT))
                .contains(Refusal.LICENCE_NOT_VERIFIED);
    }

    @Test
    void a_pharmacist_never_reviews_an_order_they_placed() {
        assertThat(ReviewerPolicy.check(Role.PHARMACIST, true, PATIENT, PATIENT))
                .contains(Refusal.OWN_ORDER);
    }

    @Test
    void administrators_do_not_review_prescriptions() {
        assertThat(ReviewerPolicy.check(Role.ADMIN, true, PHARMACIST, PATIENT))
                .contains(Refusal.ADMINISTRATORS_DO_NOT_REVIEW);
    }

    @Test
    void customers_do_not_review_prescriptions() {
        assertThat(ReviewerPolicy.check(Role.CUSTOMER, true, PHARMACIST, PATIENT))
                .contains(Refusal.NOT_A_PHARMACIST);
    }
}
