package io.apotheca.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A value is taken only as the type it claims; text never carries NUL. */
class JsonMappingTest {

    record Body(String name, Integer quantity, Boolean active, LocalDate expiryDate, UUID categoryId) {}

    private final ObjectMapper json = JsonMapping.objectMapper();

    @Test
    void values_of_their_own_type_are_read() throws Exception {
        Body body = json.readValue(
                "{\"name\":\"Ibuprofen\",\"quantity\":3,\"active\":true,\"expiryDate\":\"2027-01-31\","
                        + "\"categoryId\":\"01a2013f-ab51-7795-92b8-4149c2368934\",\"unknown\":1}",
                Body.class);
        assertThat(body.name()).isEqualTo("Ibuprofen");
        assertThat(body.quantity()).isEqualTo(3);
        assertThat(body.active()).isTrue();
        assertThat(json.readValue("{\"name\":\"\"}", Body.class).name()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"name\":123}",
                "{\"name\":1.5}",
                "{\"name\":true}",
                "{\"quantity\":\"3\"}",
                "{\"quantity\":3.7}",
                "{\"quantity\":1e400}",
                "{\"quantity\":\"\"}",
                "{\"active\":\"true\"}",
                "{\"active\":\"\"}",
                "{\"active\":1}",
                "{\"expiryDate\":\"\"}",
                "{\"categoryId\":\"   \"}",
                "{\"name\":\"nul\\u0000byte\"}"
            })
    void a_value_of_another_type_or_text_with_nul_is_refused(String body) {
        assertThatThrownBy(() -> json.readValue(body, Body.class)).isInstanceOf(JsonProcessingException.class);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"name\":\"a\",\"name\":\"b\"}",
                "{\"quantity\":1,\"name\":\"a\",\"quantity\":99}",
                "{\"unknown\":1,\"unknown\":2}",
                "{\"nested\":{\"role\":\"CUSTOMER\",\"role\":\"ADMIN\"}}"
            })
    void a_field_named_twice_is_malformed_json_wherever_it_stands(String body) {
        assertThatThrownBy(() -> json.readValue(body, Body.class)).isInstanceOf(StreamReadException.class);
        assertThatThrownBy(() -> json.readValue(body, java.util.Map.class)).isInstanceOf(StreamReadException.class);
    }

    @Test
    void json_media_types_are_recognised() {
        assertThat(JsonMapping.isJson("application/json")).isTrue();
        assertThat(JsonMapping.isJson("application/json; charset=utf-8")).isTrue();
        assertThat(JsonMapping.isJson("application/merge-patch+json")).isTrue();
        assertThat(JsonMapping.isJson("text/plain")).isFalse();
        assertThat(JsonMapping.isJson("application/x-www-form-urlencoded")).isFalse();
    }
}
