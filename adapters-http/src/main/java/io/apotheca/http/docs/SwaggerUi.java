package io.apotheca.http.docs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Swagger UI's files, read from the {@code org.webjars:swagger-ui} jar on the class path (its version
 * taken from the jar itself), and only the few the page needs.
 */
final class SwaggerUi {

    static final Set<String> ASSETS =
            Set.of("swagger-ui-bundle.js", "swagger-ui.css", "favicon-32x32.png", "favicon-16x16.png");

    private final String root;
    private final Map<String, byte[]> loaded = new ConcurrentHashMap<>();

    private SwaggerUi(String root) {
        this.root = root;
    }

    static SwaggerUi fromWebjar() {
        Properties pom = new Properties();
        try (InputStream in =
                SwaggerUi.class.getResourceAsStream("/META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("the swagger-ui webjar is missing from the class path");
            }
            pom.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SwaggerUi("/META-INF/resources/webjars/swagger-ui/" + pom.getProperty("version") + "/");
    }

    /** The asset's bytes, or null when it is not one the page uses. */
    byte[] asset(String name) {
        if (!ASSETS.contains(name)) {
            return null;
        }
        return loaded.computeIfAbsent(name, this::read);
    }

    private byte[] read(String name) {
        try (InputStream in = SwaggerUi.class.getResourceAsStream(root + name)) {
            if (in == null) {
                throw new IllegalStateException("the swagger-ui webjar has no " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
