package io.apotheca.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.apotheca.application.identity.port.in.AuthenticateUseCase;
import io.apotheca.application.shared.port.out.IdGenerator;
import io.apotheca.http.audit.AuditLogResource;
import io.apotheca.http.cart.CartResource;
import io.apotheca.http.catalog.CategoriesResource;
import io.apotheca.http.catalog.ProductImagesResource;
import io.apotheca.http.catalog.ProductsResource;
import io.apotheca.http.docs.ApiDocsResource;
import io.apotheca.http.health.HealthResource;
import io.apotheca.http.identity.AuthResource;
import io.apotheca.http.identity.PharmacistsResource;
import io.apotheca.http.identity.UsersResource;
import io.apotheca.http.inventory.InventoryResource;
import io.apotheca.http.operations.MetricsResource;
import io.apotheca.http.operations.RequestMetrics;
import io.apotheca.http.order.OrdersResource;
import io.apotheca.http.payment.PaymentsResource;
import io.apotheca.http.prescription.PrescriptionsResource;
import io.apotheca.http.pricing.ShippingOptionsResource;
import io.apotheca.http.pricing.TaxRatesResource;
import io.apotheca.http.problem.ProblemErrorHandler;
import io.apotheca.http.problem.ProblemResponses;
import io.apotheca.http.security.ClientAddresses;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.json.JavalinJackson;
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

    /** Starts serving every resource of the API. */
    public static HttpServer start(HttpSettings settings, ApiUseCases useCases, HttpMetrics metrics) {
        return start(
                settings,
                metrics,
                useCases.ids(),
                useCases.identity().authenticate(),
                callers -> List.of(
                        new HealthResource(useCases.checkReadiness()),
                        new MetricsResource(metrics),
                        new ApiDocsResource(),
                        new AuthResource(useCases.identity(), callers),
                        new UsersResource(useCases.identity(), callers),
                        new PharmacistsResource(useCases.identity(), callers),
                        new AuditLogResource(useCases.browseAudit(), useCases.verifyAudit(), callers),
                        new CategoriesResource(useCases.categories(), callers),
                        new ProductsResource(useCases.products(), useCases.search(), callers),
                        new ProductImagesResource(useCases.productImages(), callers),
                        new TaxRatesResource(useCases.taxRates(), callers),
                        new ShippingOptionsResource(useCases.shippingOptions(), callers),
                        new InventoryResource(useCases.stock(), useCases.reports(), callers),
                        new CartResource(useCases.cart(), callers),
                        new OrdersResource(
                                useCases.orders(),
                                useCases.fulfilment(),
                                new IdempotencyKeyHeader(useCases.idempotentRequests()),
                                callers),
                        new PrescriptionsResource(useCases.prescriptions(), useCases.review(), callers),
                        new PaymentsResource(
                                useCases.pay(),
                                useCases.refunds(),
                                useCases.providerEvents(),
                                new IdempotencyKeyHeader(useCases.idempotentRequests()),
                                callers)));
    }

    static HttpServer start(
            HttpSettings settings,
            HttpMetrics metrics,
            IdGenerator ids,
            AuthenticateUseCase authenticate,
            Function<Callers, List<Resource>> resources) {
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
            });
            config.routes.before(requestIds::assign);
            config.routes.before(new DeclaredBodyLimit(settings.maxRequestBytes())::check);
            config.routes.before("/api/v1/*", authentication::authenticate);
            config.routes.beforeMatched(authentication::authorize);
            config.routes.beforeMatched(Requests::refuseNulInQuery);
            RequestLog requestLog = new RequestLog();
            RequestMetrics requestMetrics = new RequestMetrics(metrics.registry());
            config.requestLogger.http((ctx, millis) -> {
                requestMetrics.record(ctx, millis);
                requestLog.log(ctx, millis);
            });
            ProblemResponses.registerOn(config.routes);
            resources.apply(callers).forEach(resource -> resource.register(config.routes));
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
