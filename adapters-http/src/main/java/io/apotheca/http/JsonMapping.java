package io.apotheca.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;

/**
 * The API's JSON conventions: ISO-8601 times, unknown request fields ignored, a field named twice
 * refused, and values taken only as the type they claim: a number is not a name, {@code "12"} is not
 * a quantity, and no text may carry the NUL character (which no column can store).
 */
final class JsonMapping {

    private JsonMapping() {}

    static ObjectMapper objectMapper() {
        ObjectMapper mapper = JsonMapper.builder()
                // {"role":"CUSTOMER","role":"ADMIN"} means two things: refused, never "the last one wins"
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .build()
                .registerModule(new JavaTimeModule())
                .registerModule(
                        new SimpleModule("text without NUL").addDeserializer(String.class, new TextWithoutNul()))
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        // "" is not a missing value: an empty or blank string where a number, flag, date or id belongs is refused
        mapper.coercionConfigDefaults()
                .setAcceptBlankAsEmpty(false)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        for (LogicalType scalar : new LogicalType[] {LogicalType.Boolean, LogicalType.Integer, LogicalType.Float}) {
            mapper.coercionConfigFor(scalar).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        return mapper;
    }

    /** Whether a declared media type is JSON: {@code application/json} or a {@code +json} type. */
    static boolean isJson(String mediaType) {
        String type = mediaType.split(";", 2)[0].strip().toLowerCase(java.util.Locale.ROOT);
        return type.equals("application/json") || type.startsWith("application/") && type.endsWith("+json");
    }

    /** Text as Jackson reads it, refused when it holds the NUL character. */
    private static final class TextWithoutNul extends StdScalarDeserializer<String> {

        TextWithoutNul() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            if (text != null && text.indexOf('\u0000') >= 0) {
                return (String)
                        context.handleWeirdStringValue(String.class, text, "text may not hold the NUL character");
            }
            return text;
        }
    }
}
