package io.apotheca.webhooks;

import io.apotheca.application.outbound.port.out.WebhookTransport;
import java.time.Clock;

/** The webhooks adapter's one factory: what the composition root builds it through. */
public final class WebhookAdapters {

    private WebhookAdapters() {}

    /** Posts signed deliveries as the settings say, stamping signatures by the clock. */
    public static WebhookTransport transport(WebhookSettings settings, Clock clock) {
        return new HttpWebhookTransport(settings, clock);
    }
}
