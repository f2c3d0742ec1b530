package io.apotheca.bootstrap;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One run of the packaged jar in its own process, with a clean environment and its output in a file. */
record JarRun(Process process, Path log, int port) {

    static JarRun start(Path jar, Path workDir, Map<String, String> env) throws IOException {
        return run(List.of(java(), "-jar", jar.toAbsolutePath().toString()), workDir, env);
    }

    /** The README's command: the launcher script, finding this JVM's {@code java} on the path. */
    static JarRun launch(Path script, Path workDir, Map<String, String> env) throws IOException {
        Map<String, String> withJava = new java.util.HashMap<>(env);
        withJava.put("PATH", Path.of(java()).getParent() + ":/usr/bin:/bin");
        return run(List.of(script.toAbsolutePath().toString()), workDir, withJava);
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private static JarRun run(List<String> command, Path workDir, Map<String, String> env) throws IOException {
        Path log = Files.createTempFile(workDir, "apotheca", ".log");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().clear();
        builder.environment().putAll(env);
        int port = Integer.parseInt(env.getOrDefault("PORT", "8080"));
        return new JarRun(builder.start(), log, port);
    }

    /** Polls {@code /health/ready} until it answers 200; returns how long that took. */
    Duration awaitReady(HttpClient http, Duration limit) throws Exception {
        long started = System.nanoTime();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health/ready"))
                .timeout(Duration.ofSeconds(2))
                .build();
        while (System.nanoTime() - started < limit.toNanos() && process.isAlive()) {
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return Duration.ofNanos(System.nanoTime() - started);
                }
            } catch (IOException notYetListening) {
                // the server is still starting
            }
            Thread.sleep(100);
        }
        throw new AssertionError("not ready within " + limit + "; output:\n" + output());
    }

    /** Sends SIGTERM and waits for the process to end; returns its exit status. */
    int terminate() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("did not stop within 20 s of SIGTERM; output:\n" + output());
        }
        return process.exitValue();
    }

    String output() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }
}
