package io.apotheca.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.config.RoutesConfig;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class GracefulStopTest {

    @Test
    void a_request_in_flight_at_stop_still_gets_its_answer() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        Resource slow = (RoutesConfig routes) -> routes.get("/test/slow", ctx -> {
            entered.countDown();
            Thread.sleep(1_500);
            ctx.result("finished");
        });
        TestApi api = new TestApi(slow);

        CompletableFuture<HttpResponse<String>> inFlight = CompletableFuture.supplyAsync(() -> {
            try {
                return api.get("/test/slow");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
        api.close();

        HttpResponse<String> response = inFlight.get(15, TimeUnit.SECONDS);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("finished");
    }
}
