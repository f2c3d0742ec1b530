package io.apotheca.domain.prescription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DeaNumberTest {

    // AB1234563: 1+3+5 = 9, 2*(2+4+6) = 24, 33 → check digit 3
    @ParameterizedTest
    @ValueSource(strings = {"AB1234563", "BJ6125341", "MS1111119", "F91234563"})
    void a_number_of_the_right_form_whose_check_digit_holds_is_accepted(String number) {
        assertThat(DeaNumber.valid(number)).isTrue();
        assertThat(new DeaNumber(number).value()).isEqualTo(number);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "AB1234564", // check digit off by one
                "AB1234560",
                "AB123456", // too short
                "AB12345630", // too long
                "ab1234563", // lower case
                "IB1234563", // I is no registrant type
                "A11234563", // second character a digit other than 9
                "AB12345X3",
                ""
            })
    void anything_else_is_refused(String number) {
        assertThat(DeaNumber.valid(number)).isFalse();
        assertThatThrownBy(() -> new DeaNumber(number)).isInstanceOf(IllegalArgumentException.class);
    }

    @org.junit.jupiter.api.Test
    void no_number_is_not_valid() {
        assertThat(DeaNumber.valid(null)).isFalse();
    }
}
