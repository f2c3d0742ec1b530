package io.apotheca.domain.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecallClassTest {

    @Test
    void a_class_is_named_i_ii_or_iii_and_ii_when_not_given() {
        assertThat(RecallClass.ofName(" ii ")).contains(RecallClass.II);
        assertThat(RecallClass.ofName("I")).contains(RecallClass.I);
        assertThat(RecallClass.ofName("IV")).isEmpty();
        assertThat(RecallClass.ofName(null)).isEmpty();
        assertThat(RecallClass.DEFAULT).isEqualTo(RecallClass.II);
    }

    @Test
    void class_i_notices_go_first() {
        assertThat(RecallClass.I.moreUrgentThan(RecallClass.II)).isTrue();
        assertThat(RecallClass.II.moreUrgentThan(RecallClass.III)).isTrue();
        assertThat(RecallClass.III.moreUrgentThan(RecallClass.I)).isFalse();
        assertThat(RecallClass.II.moreUrgentThan(RecallClass.II)).isFalse();
    }
}
