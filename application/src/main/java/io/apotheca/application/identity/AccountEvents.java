package io.apotheca.application.identity;

import io.apotheca.application.events.DomainEvent;
import io.apotheca.domain.identity.User;
import java.util.Map;

/**
 * Records what happened to an account in the outbox, in the transaction that did it: registered,
 * verification or reset requested, deleted. The data name the role only; the e-mails these events
 * cause read the address when they are sent.
 */
final class AccountEvents {

    private AccountEvents() {}

    static void record(IdentityPorts ports, String type, User user) {
        ports.outbox()
                .record(new DomainEvent(
                        ports.ids().next(),
                        type,
                        "account",
                        user.id().toString(),
                        Map.of("role", user.role().name()),
                        ports.clock().instant()));
    }
}
