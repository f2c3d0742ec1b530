package io.apotheca.bootstrap;

import io.apotheca.http.Route;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/** A started Apotheca: where it listens, and how to stop it. */
public final class RunningApotheca implements AutoCloseable {

    private final int port;
    private final List<Route> routes;
    private final ShutdownSequence shutdown;
    private final CountDownLatch stopped = new CountDownLatch(1);

    RunningApotheca(int port, List<Route> routes, ShutdownSequence shutdown) {
        this.port = port;
        this.routes = List.copyOf(routes);
        this.shutdown = shutdown;
    }

    /** The HTTP port the API listens on. */
    public int port() {
        return port;
    }

    /** Every operation the API answers, as registered. */
    public List<Route> routes() {
        return routes;
    }

    /**
     * Stops accepting requests, lets those in flight finish (up to ten seconds), then closes Redis,
     * the pool and the embedded database. Calling it again does nothing.
     */
    public void stop() {
        shutdown.run();
        stopped.countDown();
    }

    /** Waits until {@link #stop()} has finished. */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    @Override
    public void close() {
        stop();
    }
}
