package io.apotheca.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A server the harness measures, run as a process of its own on loopback so that its start-up time
 * and resident memory are its own: the packaged Apotheca jar, or the {@link BareHandler}.
 */
final class ServerProcess implements AutoCloseable {

    private final Process process;
    private final Path log;
    private final int port;

    private ServerProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** Starts {@code java [jvm options] -jar jar} with exactly {@code env} (plus {@code PATH}). */
    static ServerProcess jar(Path jar, List<String> jvmOptions, Map<String, String> env, int port) throws IOException {
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toAbsolutePath().toString()));
        return start(command, env, port);
    }

    /**
     * Starts the pharmacy through its launcher script, as the README runs it, with exactly {@code
     * env} (plus {@code PATH}): the script's own JVM settings apply.
     */
    static ServerProcess launcher(Path script, Map<String, String> env, int port) throws IOException {
        return start(List.of(script.toAbsolutePath().toString()), env, port);
    }

    /** Starts a main class of this module's jar, such as {@link BareHandler}. */
    static ServerProcess mainClass(Class<?> main, List<String> args, int port) throws IOException {
        String classPath = System.getProperty("java.class.path");
        List<String> command = new ArrayList<>(List.of(java(), "-cp", classPath, main.getName()));
        command.addAll(args);
        return start(command, Map.of(), port);
    }

    private static ServerProcess start(List<String> command, Map<String, String> env, int port) throws IOException {
        Path log = Files.createTempFile("apotheca-bench-server", ".log");
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().clear();
        builder.environment().put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        builder.environment().putAll(env);
        return new ServerProcess(builder.start(), log, port);
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    int port() {
        return port;
    }

    /** Polls {@code /health/ready} every 50 ms until it answers 200; returns how long that took. */
    Duration awaitReady(Duration limit) throws InterruptedException {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health/ready"))
                .timeout(Duration.ofSeconds(2))
                .build();
        long started = System.nanoTime();
        while (System.nanoTime() - started < limit.toNanos() && process.isAlive()) {
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return Duration.ofNanos(System.nanoTime() - started);
                }
            } catch (IOException notYetListening) {
                // still starting
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("not ready within " + limit + "; its output:\n" + output());
    }

    /** Resident memory of the process itself (not of its children), in MiB, from {@code /proc}. */
    double residentMib() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (IOException gone) {
            // the process ended
        }
        return Double.NaN;
    }

    String output() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }

    /** SIGTERM, as an orchestrator stops it, and waits for it to end. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
