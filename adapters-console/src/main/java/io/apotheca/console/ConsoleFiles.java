package io.apotheca.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The console's files, by name: {@code index.html}, {@code console.css} and the {@code .js} modules
 * beside them. Only a plain file name of this folder is ever read: no path, no dot-dot.
 */
public final class ConsoleFiles {

    /** What the page is called when {@code /console} itself is asked for. */
    public static final String PAGE = "index.html";

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*\\.(html|css|js|svg)");
    private static final String FOLDER = "/io/apotheca/console/site/";

    private ConsoleFiles() {}

    /** The file's bytes, when the console has a file of that name. */
    public static Optional<byte[]> read(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        try (InputStream in = ConsoleFiles.class.getResourceAsStream(FOLDER + name)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the console's " + name, e);
        }
    }
}
