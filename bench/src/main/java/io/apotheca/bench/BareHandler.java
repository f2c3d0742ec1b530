package io.apotheca.bench;

import io.javalin.Javalin;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The request-path ceiling: a bare Javalin server, configured as Apotheca's (virtual threads, no
 * banner, loopback), answering {@code GET /bare} with fixed bytes (a real catalog page) and nothing
 * else: no authentication, no request log, no database. Run as its own process by {@link
 * LoadHarness}; arguments {@code <port> <body file>}.
 */
public final class BareHandler {

    private BareHandler() {}

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        byte[] body = Files.readAllBytes(Path.of(args[1]));
        Javalin.create(config -> {
                    config.concurrency.useVirtualThreads = true;
                    config.startup.showJavalinBanner = false;
                    config.jetty.host = "127.0.0.1";
                    config.jetty.port = port;
                    config.routes.get(
                            "/bare", ctx -> ctx.contentType("application/json").result(body));
                    config.routes.get("/health/ready", ctx -> ctx.result("ready"));
                })
                .start();
    }
}
