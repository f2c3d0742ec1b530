package io.apotheca.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.apotheca.application.identity.port.in.AuthenticateUseCase;
import io.apotheca.application.shared.port.out.IdGenerator;
import io.apotheca.http.docs.ApiDocsResource;
import io.apotheca.http.operations.MetricsResource;
import io.apotheca.http.operations.RequestMetrics;
import io.apotheca.http.problem.ErrorDialect;
import io.apotheca.http.problem.ProblemErrorHandler;
import io.apotheca.http.problem.ProblemResponses;
import io.apotheca.http.security.ClientAddresses;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.json.JavalinJackson;
import io.javalin.util.ConcurrencyUtil;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The running API: started with the pharmacy's use cases, stopped gracefully (no new connections,
 * requests in flight may finish within the stop timeout).
 */
public final class HttpServer implements AutoCloseable {

    private final Javalin javalin;
    private final List<Route> routes;

    private HttpServer(Javalin javalin, List<Route> routes) {
        this.javalin = javalin;
        this.routes = List.copyOf(routes);
    }

    /**
     * Starts serving the API: its documentation and operator metrics, and the resources {@code
     * bootstrap} builds, each with the use cases it calls.
     *
     * @param ids new ids, for request ids
     * @param authenticate reads the bearer token of a request
     * @param resources the API's resources, given how to tell who calls
     * @param dialects the error formats of paths that speak a protocol of their own (FHIR)
     */
    public static HttpServer start(
            HttpSettings settings,
            HttpMetrics metrics,
            IdGenerator ids,
            AuthenticateUseCase authenticate,
            Function<Callers, List<Resource>> resources,
            List<ErrorDialect> dialects) {
        ObjectMapper json = JsonMapping.objectMapper();
        RequestIds requestIds = new RequestIds(ids);
        RequestAuthentication authentication = new RequestAuthentication(authenticate);
        Callers callers = new Callers(new ClientAddresses(settings.trustedProxies()));
        List<Route> routes = new ArrayList<>();
        Javalin javalin = Javalin.create(config -> {
            config.events.handlerAdded(added -> {
                if (added.getHttpMethod().isHttpMethod()) {
                    routes.add(new Route(
                            added.getHttpMethod().name(),
                            added.getPath(),
                            added.getRoles().stream().map(Object::toString).collect(Collectors.toSet())));
                }
            });
            config.startup.showJavalinBanner = false;
            config.concurrency.useVirtualThreads = true;
            config.jetty.threadPool =
                    ConcurrencyUtil.jettyThreadPool("JettyServerThreadPool", 8, settings.maxThreads(), true);
            config.jsonMapper(new JavalinJackson(json, true));
            config.http.maxRequestSize = settings.maxRequestBytes();
            config.jetty.multipartConfig.maxFileSize(Uploads.MAX_FILE_BYTES, SizeUnit.BYTES);
            config.jetty.multipartConfig.maxTotalRequestSize(Uploads.MAX_REQUEST_BYTES, SizeUnit.BYTES);
            config.jetty.multipartConfig.maxInMemoryFileSize(Uploads.IN_MEMORY_BYTES, SizeUnit.BYTES);
            config.http.prefer405over404 = true;
            config.jetty.host = settings.host();
            config.jetty.port = settings.port();
            // Javalin's server drains requests in flight for as long as Jetty's stop timeout allows
            config.jetty.modifyServer(server -> {
                server.setStopTimeout(settings.stopTimeout().toMillis());
                server.setErrorHandler(new ProblemErrorHandler());
                // bodies are read, by a deadline, before a worker gets the request (Javalin nests its
                // servlet inside the innermost wrapper)
                server.setHandler(new BodyDeadline(
                        settings.bodyDeadline(),
                        settings.minBodyBytesPerSecond(),
                        settings.maxRequestBytes(),
                        Uploads.MAX_REQUEST_BYTES,
                        settings.maxThreads()));
            });
            ProblemResponses.speak(config.routes, dialects);
            RequestMetrics requestMetrics = new RequestMetrics(metrics.registry(), metrics.statements());
            config.routes.before(requestMetrics::begin);
            config.routes.before(requestIds::assign);
            config.routes.before(ResponseHeaders::apply);
            config.routes.before(new DeclaredBodyLimit(settings.maxRequestBytes())::check);
            config.routes.before("/api/v1/*", authentication::authenticate);
            config.routes.before("/fhir/*", authentication::authenticate);
            config.routes.beforeMatched(authentication::authorize);
            config.routes.beforeMatched(Requests::refuseNulInQuery);
            RequestLog requestLog = new RequestLog();
            config.requestLogger.http((ctx, millis) -> {
                requestMetrics.record(ctx, millis);
                requestLog.log(ctx, millis);
            });
            ProblemResponses.registerOn(config.routes);
            List<Resource> served = new ArrayList<>(List.of(new ApiDocsResource(), new MetricsResource(metrics)));
            served.addAll(resources.apply(callers));
            served.forEach(resource -> resource.register(config.routes));
        });
        javalin.start();
        return new HttpServer(javalin, routes);
    }

    /** Every operation this server answers, as registered: what the OpenAPI document must describe. */
    public List<Route> routes() {
        return routes;
    }

    /** The port the API listens on, useful when it was started on port 0. */
    public int port() {
        return javalin.port();
    }

    /** Stops accepting, lets requests in flight finish within the stop timeout, then closes. */
    @Override
    public void close() {
        javalin.stop();
    }
}
