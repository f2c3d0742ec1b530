package io.apotheca.application.outbound.port.out;

import io.apotheca.application.events.PublishedEvent;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Posts a signed event to a webhook endpoint, with short timeouts and no redirects, and screens the
 * addresses the pharmacy may post to: private, loopback and link-local ones are refused (a webhook
 * must not reach into the pharmacy's own network) unless the operator allows them.
 */
public interface WebhookTransport {

    /** Why the pharmacy will not post to this URL, or empty if it will. */
    Optional<String> refusalOf(URI url);

    /** Posts the event, signed with each secret; never throws for the receiver's failures. */
    Attempt post(URI url, PublishedEvent event, List<String> secrets);

    /** The longest one post may take, answer included. */
    java.time.Duration longestAttempt();

    /**
     * What came of one post.
     *
     * @param status the receiver's HTTP status, if it answered
     * @param error why it failed, if it did (a timeout, a refused connection, a status)
     */
    record Attempt(OptionalInt status, Optional<String> error) {

        public static Attempt answered(int status) {
            boolean ok = status >= 200 && status < 300;
            return new Attempt(OptionalInt.of(status), ok ? Optional.empty() : Optional.of("answered " + status));
        }

        public static Attempt failed(String error) {
            return new Attempt(OptionalInt.empty(), Optional.of(error));
        }

        /** The receiver took it: it answered 2xx. */
        public boolean delivered() {
            return error.isEmpty();
        }
    }
}
