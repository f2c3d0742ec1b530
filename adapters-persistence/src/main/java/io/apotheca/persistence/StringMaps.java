package io.apotheca.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;

/** Ids-and-codes maps (event data, notification data) as the JSON of a {@code jsonb} column. */
public final class StringMaps {

    private static final ObjectMapper JSON = new ObjectMapper();

    private StringMaps() {}

    public static String toJson(Map<String, String> data) {
        try {
            return JSON.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the data are plain strings", e);
        }
    }

    public static Map<String, String> fromJson(String json) {
        try {
            return JSON.readValue(json, new TypeReference<Map<String, String>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable stored data", e);
        }
    }
}
