package io.apotheca.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/** Ports on loopback that nothing listens on, for servers a test starts itself. */
public final class FreePorts {

    private FreePorts() {}

    /** A port free right now (another process could still take it before the test does). */
    public static int next() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port", e);
        }
    }
}
