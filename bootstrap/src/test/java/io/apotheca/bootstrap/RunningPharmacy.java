package io.apotheca.bootstrap;

import io.apotheca.testsupport.PostgresExtension;
import io.apotheca.testsupport.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A whole pharmacy for one test class: a fresh database, a data folder, the fake Stripe server and
 * the application serving HTTP, started before the class's own {@code @BeforeAll} methods and
 * stopped after the class. It is handed to the class's static {@link TestPharmacy} field:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final RunningPharmacy running = new RunningPharmacy();
 *
 * private static TestPharmacy pharmacy;
 * }</pre>
 */
final class RunningPharmacy implements BeforeAllCallback, AfterAllCallback {

    private final Map<String, String> environment;
    private TestDatabase database;
    private Path dataDir;
    private TestPharmacy pharmacy;

    /** A pharmacy with the test defaults. */
    RunningPharmacy() {
        this(Map.of());
    }

    /** A pharmacy with these environment variables on top of the test defaults. */
    RunningPharmacy(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        database = PostgresExtension.createDatabase();
        dataDir = Files.createTempDirectory("apotheca-it-");
        pharmacy = TestPharmacy.start(database, dataDir, environment);
        Class<?> testClass = context.getRequiredTestClass();
        for (Field field : testClass.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == TestPharmacy.class) {
                field.setAccessible(true);
                field.set(null, pharmacy);
            }
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        try {
            if (pharmacy != null) {
                pharmacy.close();
            }
        } finally {
            if (database != null) {
                PostgresExtension.drop(database);
            }
            if (dataDir != null) {
                delete(dataDir);
            }
        }
    }

    /** The pharmacy of the running test class. */
    TestPharmacy pharmacy() {
        if (pharmacy == null) {
            throw new IllegalStateException("the pharmacy runs only while its test class runs");
        }
        return pharmacy;
    }

    /** The data folder of the running test class's pharmacy. */
    Path dataDir() {
        if (dataDir == null) {
            throw new IllegalStateException("the data folder exists only while its test class runs");
        }
        return dataDir;
    }

    private static void delete(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
