package io.apotheca.bench;

/** Samples a server's resident memory four times a second and keeps the peak. */
final class MemorySampler implements AutoCloseable {

    private final Thread sampler;
    private volatile double peak;
    private volatile boolean running = true;

    private MemorySampler(ServerProcess server) {
        this.sampler = new Thread(
                () -> {
                    while (running) {
                        double now = server.residentMib();
                        if (now > peak) {
                            peak = now;
                        }
                        try {
                            Thread.sleep(250);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                },
                "memory-sampler");
        sampler.setDaemon(true);
    }

    static MemorySampler of(ServerProcess server) {
        MemorySampler memory = new MemorySampler(server);
        memory.sampler.start();
        return memory;
    }

    double peakMib() {
        return peak;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        sampler.interrupt();
        sampler.join();
    }
}
