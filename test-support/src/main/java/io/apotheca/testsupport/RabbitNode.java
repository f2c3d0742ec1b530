package io.apotheca.testsupport;

import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.ShutdownSignalException;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A RabbitMQ node of the test's own, started from the machine's {@code rabbitmq-server} (the Debian
 * package) on free ports, its data in a temporary folder: for tests that stop the broker and start
 * it again, which a shared broker cannot allow. Durable exchanges and queues, and the persistent
 * messages in them, survive {@link #stop()} and {@link #startAgain()}. It never touches the
 * machine's own node, nor its ports 5672 and 25672.
 *
 * <p>The Debian script runs the node as the {@code rabbitmq} user, so the tests must run as root (or
 * as {@code rabbitmq}) and the folder is opened to every user.
 */
public final class RabbitNode implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RabbitNode.class);
    private static final Path DEBIAN_BINARY = Path.of("/usr/sbin/rabbitmq-server");
    private static final Duration READY_WITHIN = Duration.ofSeconds(60);
    private static final Duration STOPPED_WITHIN = Duration.ofSeconds(60);
    private static final Set<PosixFilePermission> OPEN_TO_ALL = PosixFilePermissions.fromString("rwxrwxrwx");
    private static final String OUTPUT = "out.txt";
    private static final String PID = "pid";

    private final Path binary;
    private final Path folder;
    private final int port;
    private final int distributionPort;
    private Process process;

    private RabbitNode(Path binary, Path folder, int port, int distributionPort) {
        this.binary = binary;
        this.folder = folder;
        this.port = port;
        this.distributionPort = distributionPort;
    }

    /** Whether this machine can start a node: {@code rabbitmq-server} is installed and we may run it. */
    public static boolean available() {
        String user = System.getProperty("user.name");
        return binary().isPresent() && ("root".equals(user) || "rabbitmq".equals(user));
    }

    /**
     * Starts a node in a new temporary folder on free ports, and returns once it accepts an AMQP
     * connection (about seven seconds). The caller closes it.
     */
    public static RabbitNode start() {
        Path binary = binary().orElseThrow(() -> new IllegalStateException("rabbitmq-server is not installed"));
        Path folder;
        try {
            folder = Files.createTempDirectory("apotheca-rabbitmq-");
        } catch (IOException e) {
            throw new UncheckedIOException("no folder for a RabbitMQ node", e);
        }
        int port = FreePorts.next();
        int distributionPort = FreePorts.next();
        while (distributionPort == port) {
            distributionPort = FreePorts.next();
        }
        RabbitNode node = new RabbitNode(binary, folder, port, distributionPort);
        try {
            node.prepareFolder();
            node.launch();
            return node;
        } catch (RuntimeException e) {
            node.close();
            throw e;
        }
    }

    /** Where clients reach the node: {@code amqp://guest:guest@127.0.0.1:port} (guest may connect from loopback). */
    public URI amqpUrl() {
        return URI.create("amqp://guest:guest@127.0.0.1:" + port);
    }

    /** The node's AMQP port, the same across restarts. */
    public int port() {
        return port;
    }

    /**
     * Stops the node as a broker shuts down (SIGTERM), and returns once its port refuses connections
     * and its process has ended. Stopping a stopped node does nothing.
     */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        Optional<ProcessHandle> node = pid().flatMap(ProcessHandle::of);
        if (node.isPresent()) {
            node.get().destroy();
        } else {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
        }
        if (!awaitStopped()) {
            LOG.warn("RabbitMQ node on port {} did not stop within {}; killing it", port, STOPPED_WITHIN);
            node.ifPresent(ProcessHandle::destroyForcibly);
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            awaitStopped();
        }
        deleteQuietly(folder.resolve(PID));
        process = null;
    }

    /** Starts the stopped node again on the same port, with the same data. */
    public synchronized void startAgain() {
        if (process != null) {
            throw new IllegalStateException("the RabbitMQ node on port " + port + " is running");
        }
        launch();
    }

    /** Stops the node and deletes its folder. */
    @Override
    public synchronized void close() {
        try {
            stop();
        } finally {
            deleteFolder();
        }
    }

    @Override
    public String toString() {
        return "RabbitNode[port=" + port + ", folder=" + folder + "]";
    }

    private static Optional<Path> binary() {
        if (Files.isExecutable(DEBIAN_BINARY)) {
            return Optional.of(DEBIAN_BINARY);
        }
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return Stream.of(path.split(File.pathSeparator))
                .filter(directory -> !directory.isEmpty())
                .map(directory -> Path.of(directory, "rabbitmq-server"))
                .filter(Files::isExecutable)
                .findFirst();
    }

    /** The machine's configuration pins port 5672 and the node name; these files override both. */
    private void prepareFolder() {
        try {
            Files.createDirectories(folder.resolve("mnesia"));
            Files.createDirectories(folder.resolve("log"));
            Files.writeString(folder.resolve("plugins"), "[].\n");
            Files.writeString(folder.resolve("rabbitmq.conf"), "listeners.tcp.local = 127.0.0.1:" + port + "\n");
            Files.writeString(folder.resolve("env.conf"), "");
            try (Stream<Path> paths = Files.walk(folder)) {
                for (Path path : paths.toList()) {
                    Files.setPosixFilePermissions(path, OPEN_TO_ALL);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not prepare the folder of a RabbitMQ node: " + folder, e);
        }
    }

    private void launch() {
        ProcessBuilder builder = new ProcessBuilder(binary.toString())
                .redirectErrorStream(true)
                .redirectOutput(
                        ProcessBuilder.Redirect.appendTo(folder.resolve(OUTPUT).toFile()));
        Map<String, String> environment = builder.environment();
        environment.put("RABBITMQ_CONF_ENV_FILE", inFolder("env.conf"));
        environment.put("RABBITMQ_CONFIG_FILE", inFolder("rabbitmq.conf"));
        environment.put("RABBITMQ_NODENAME", "apotest-" + port + "@localhost");
        environment.put("RABBITMQ_DIST_PORT", Integer.toString(distributionPort));
        environment.put("RABBITMQ_MNESIA_BASE", inFolder("mnesia"));
        environment.put("RABBITMQ_LOG_BASE", inFolder("log"));
        environment.put("RABBITMQ_ENABLED_PLUGINS_FILE", inFolder("plugins"));
        environment.put("RABBITMQ_PID_FILE", inFolder(PID));
        deleteQuietly(folder.resolve(PID)); // a pid read later is then this run's
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not run " + binary, e);
        }
        awaitReady();
        LOG.info("RabbitMQ node of the tests' own answers on 127.0.0.1:{} ({})", port, folder);
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                String message = "the RabbitMQ node on port " + port + " ended while starting (exit "
                        + process.exitValue() + "):\n" + tail();
                process = null;
                throw new IllegalStateException(message);
            }
            if (answers()) {
                return;
            }
            pause(Duration.ofMillis(250));
        }
        String message =
                "the RabbitMQ node on port " + port + " did not answer within " + READY_WITHIN + ":\n" + tail();
        stop();
        throw new IllegalStateException(message);
    }

    /** Ready means an AMQP connection opens, not merely that the port accepts. */
    private boolean answers() {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost("127.0.0.1");
        factory.setPort(port);
        factory.setConnectionTimeout(1_000);
        factory.setHandshakeTimeout(2_000);
        factory.setAutomaticRecoveryEnabled(false);
        try (Connection connection = factory.newConnection("apotheca-test-probe")) {
            return connection.isOpen();
        } catch (IOException | TimeoutException | ShutdownSignalException e) {
            return false;
        }
    }

    private boolean awaitStopped() {
        long deadline = System.nanoTime() + STOPPED_WITHIN.toNanos();
        while (process.isAlive() || accepts()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            pause(Duration.ofMillis(100));
        }
        return true;
    }

    private boolean accepts() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The node's own process, as it wrote it; the started one is only the script that su'd to it. */
    private Optional<Long> pid() {
        try {
            String text = Files.readString(folder.resolve(PID)).trim();
            return text.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(text));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private String tail() {
        try {
            String output = new String(Files.readAllBytes(folder.resolve(OUTPUT)), StandardCharsets.UTF_8);
            List<String> lines = output.lines().toList();
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no output: " + e + ")";
        }
    }

    private String inFolder(String name) {
        return folder.resolve(name).toString();
    }

    private void deleteFolder() {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(RabbitNode::deleteQuietly);
        } catch (IOException e) {
            LOG.warn("could not delete the folder of a RabbitMQ node: {}", folder, e);
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            LOG.warn("could not delete {}", path, e);
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a RabbitMQ node", e);
        }
    }
}
