package io.apotheca.domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProductCodeTest {

    @Test
    void a_code_lives_in_a_system_named_by_an_absolute_uri() {
        assertThat(new ProductCode(ProductCode.RXNORM, "308191").code()).isEqualTo("308191");
        assertThat(ProductCode.validSystem("urn:oid:2.16.840.1.113883.6.69")).isTrue();
        assertThat(ProductCode.validSystem("rxnorm")).isFalse();
        assertThat(ProductCode.validSystem("ftp://codes.example")).isFalse();
        assertThat(ProductCode.validSystem(null)).isFalse();
        assertThatThrownBy(() -> new ProductCode("RxNorm", "308191")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_code_is_as_fhir_writes_one_without_surrounding_or_doubled_spaces() {
        assertThat(ProductCode.validCode("0071-0155-23")).isTrue();
        assertThat(ProductCode.validCode("J01CA04")).isTrue();
        assertThat(ProductCode.validCode("a b")).isTrue();
        assertThat(ProductCode.validCode(" 308191")).isFalse();
        assertThat(ProductCode.validCode("a  b")).isFalse();
        assertThat(ProductCode.validCode("")).isFalse();
        assertThat(ProductCode.validCode("9".repeat(101))).isFalse();
        assertThatThrownBy(() -> new ProductCode(ProductCode.NDC, "")).isInstanceOf(IllegalArgumentException.class);
    }
}
