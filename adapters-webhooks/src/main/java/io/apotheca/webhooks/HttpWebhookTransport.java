package io.apotheca.webhooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.apotheca.application.events.PublishedEvent;
import io.apotheca.application.outbound.WebhookSignature;
import io.apotheca.application.outbound.port.out.WebhookTransport;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Posts events with the JDK's HTTP client. The body is the published event's JSON, signed in
 * {@code Apotheca-Signature}; the event's id and type ride in headers too, so a receiver can
 * deduplicate before parsing. Redirects are not followed (a 3xx is a failure, since following one
 * could lead anywhere), the receiver's answer body is discarded unread, and an address that turned
 * private since registration is refused.
 */
final class HttpWebhookTransport implements WebhookTransport {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client;
    private final WebhookSettings settings;
    private final PublicAddresses addresses;
    private final Clock clock;

    HttpWebhookTransport(WebhookSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.addresses = new PublicAddresses(settings.allowPrivateNetworks());
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public Optional<String> refusalOf(URI url) {
        return addresses.refusalOf(url);
    }

    @Override
    public Attempt post(URI url, PublishedEvent event, List<String> secrets) {
        Optional<String> refused = addresses.refusalOf(url);
        if (refused.isPresent()) {
            return Attempt.failed("refused: the URL " + refused.get());
        }
        byte[] body = json(event);
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(settings.timeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", "Apotheca-Webhooks/1")
                .header("Apotheca-Event-Id", event.id().toString())
                .header("Apotheca-Event-Type", event.type())
                .header(WebhookSignature.HEADER, WebhookSignature.header(clock.instant(), body, secrets))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        // the client's timeout ends at the answer's headers; a body trickled in is cut off here
        CompletableFuture<HttpResponse<Void>> sent = client.sendAsync(request, HttpResponse.BodyHandlers.discarding());
        try {
            return Attempt.answered(
                    sent.get(longestAttempt().toMillis(), TimeUnit.MILLISECONDS).statusCode());
        } catch (TimeoutException tooSlow) {
            sent.cancel(true);
            return Attempt.failed("timed out");
        } catch (ExecutionException failed) {
            Throwable cause = failed.getCause();
            return Attempt.failed(
                    cause instanceof HttpTimeoutException
                            ? "timed out"
                            : "could not connect: " + cause.getClass().getSimpleName());
        } catch (InterruptedException interrupted) {
            sent.cancel(true);
            Thread.currentThread().interrupt();
            return Attempt.failed("interrupted");
        } catch (RuntimeException unsendable) {
            return Attempt.failed("could not be sent: " + unsendable.getClass().getSimpleName());
        }
    }

    @Override
    public Duration longestAttempt() {
        return settings.connectTimeout().plus(settings.timeout()).plusSeconds(1);
    }

    /** The event's JSON, exactly as signed. */
    static byte[] json(PublishedEvent event) {
        try {
            return JSON.writeValueAsBytes(event.toJsonTree());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an event's tree is plain JSON", e);
        }
    }
}
