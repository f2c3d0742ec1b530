package io.apotheca.domain.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.apotheca.domain.order.ShippingAddress.Problem;
import org.junit.jupiter.api.Test;

class ShippingAddressTest {

    @Test
    void a_complete_address_has_no_problem_and_may_leave_its_optional_lines_out() {
        assertThat(ShippingAddress.problems("12 St James's Square", "London", "SW1Y 4JH", "GB"))
                .isEmpty();
        assertThat(new ShippingAddress(null, "1 A St", null, "Oslo", null, "0150", "NO").country())
                .isEqualTo("NO");
    }

    @Test
    void every_line_to_correct_is_named_at_once_in_the_order_it_is_written() {
        assertThat(ShippingAddress.problems(" ", "Lon\u0000don", "x".repeat(21), "XX"))
                .containsExactly(
                        new Problem("line1", "is required"),
                        new Problem("city", "must not contain control characters"),
                        new Problem("postalCode", "must be at most 20 characters long"),
                        new Problem("country", "must be an ISO-3166 alpha-2 code such as DE or US"));
        assertThat(ShippingAddress.problems("x".repeat(200), "y".repeat(100), "z".repeat(20), "de"))
                .containsExactly(new Problem("country", "must be an ISO-3166 alpha-2 code such as DE or US"));
    }

    @Test
    void lines_that_make_no_address_make_no_shipping_address() {
        assertThatThrownBy(() -> new ShippingAddress("Ada", "1 A St", null, null, null, "0150", "NO"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("city");
    }

    @Test
    void a_recorded_address_reads_back_whatever_this_jdks_list_of_countries_but_never_without_a_country() {
        assertThat(new ShippingAddress(null, "1 A St", null, "Nowhere", null, "0000", "ZZ").country())
                .isEqualTo("ZZ");
        assertThat(ShippingAddress.problems("1 A St", "Nowhere", "0000", "ZZ"))
                .containsExactly(new Problem("country", "must be an ISO-3166 alpha-2 code such as DE or US"));
        assertThatThrownBy(() -> new ShippingAddress(null, "1 A St", null, "Oslo", null, "0150", "no"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_anonymised_address_keeps_only_its_country_and_is_still_an_address() {
        ShippingAddress anonymised =
                new ShippingAddress("Ada", "1 A St", "Flat 2", "Oslo", "Oslo", "0150", "NO").anonymised();

        assertThat(anonymised)
                .isEqualTo(new ShippingAddress(
                        null,
                        ShippingAddress.REMOVED,
                        null,
                        ShippingAddress.REMOVED,
                        null,
                        ShippingAddress.REMOVED,
                        "NO"));
    }
}
