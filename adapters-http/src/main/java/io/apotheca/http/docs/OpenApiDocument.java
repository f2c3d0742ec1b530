package io.apotheca.http.docs;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The API's written contract: {@code openapi.yaml}, kept by hand beside the resources it describes
 * and checked against the registered routes and against real exchanges by the tests.
 */
public final class OpenApiDocument {

    /** Where the document lives on the class path. */
    public static final String LOCATION = "/io/apotheca/http/docs/openapi.yaml";

    private OpenApiDocument() {}

    /** The document as YAML, as written. */
    public static byte[] asYaml() {
        return resource("openapi.yaml");
    }

    /** The document converted once to JSON, as {@code /openapi.json} serves it. */
    static byte[] asJson() {
        try {
            return new ObjectMapper().writeValueAsBytes(new YAMLMapper().readTree(asYaml()));
        } catch (IOException e) {
            throw new UncheckedIOException("openapi.yaml is not readable YAML", e);
        }
    }

    static byte[] resource(String name) {
        try (InputStream in = OpenApiDocument.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the HTTP adapter");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
