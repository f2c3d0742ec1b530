package io.apotheca.bootstrap;

import io.apotheca.bootstrap.config.ApothecaConfig;
import io.apotheca.bootstrap.config.EnvironmentConfig;
import io.apotheca.bootstrap.config.InvalidConfigurationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts Apotheca from the environment and serves until the process is told to stop (SIGTERM or
 * Ctrl-C), then stops gracefully. Exits with 2 on invalid configuration, 1 when start-up fails.
 */
public final class Main {

    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    private Main() {}

    public static void main(String[] args) throws InterruptedException {
        long startedAt = System.nanoTime();
        ApothecaConfig config;
        try {
            config = EnvironmentConfig.parse(System.getenv());
        } catch (InvalidConfigurationException e) {
            System.err.println("Apotheca cannot start, its configuration is invalid:");
            e.problems().forEach(problem -> System.err.println("  - " + problem));
            System.exit(2);
            return;
        }
        RunningApotheca running;
        try {
            running = Apotheca.start(config);
        } catch (InvalidConfigurationException e) {
            System.err.println("Apotheca cannot start, its configuration is invalid:");
            e.problems().forEach(problem -> System.err.println("  - " + problem));
            System.exit(2);
            return;
        } catch (RuntimeException e) {
            LOG.error("Apotheca failed to start", e);
            System.exit(1);
            return;
        }
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            LOG.info("Apotheca is stopping");
                            running.stop();
                            LOG.info("Apotheca stopped");
                        },
                        "apotheca-shutdown"));
        LOG.info(
                "Apotheca serves on port {}, started in {} ms",
                running.port(),
                (System.nanoTime() - startedAt) / 1_000_000);
        running.awaitStop();
    }
}
