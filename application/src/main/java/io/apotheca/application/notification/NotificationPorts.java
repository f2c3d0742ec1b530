package io.apotheca.application.notification;

import io.apotheca.application.events.port.out.Outbox;
import io.apotheca.application.identity.port.out.AccountTokens;
import io.apotheca.application.identity.port.out.Users;
import io.apotheca.application.notification.port.out.Mailer;
import io.apotheca.application.notification.port.out.NotificationQueue;
import io.apotheca.application.notification.port.out.RecallNotices;
import io.apotheca.application.order.port.out.Orders;
import io.apotheca.application.shared.Kernel;
import io.apotheca.application.shared.port.out.SecretTokens;
import java.net.URI;

/**
 * What sending e-mails is built from.
 *
 * @param publicUrl where patients open the pharmacy; links in e-mails start here
 */
public record NotificationPorts(
        NotificationQueue queue,
        Mailer mailer,
        Users users,
        Orders orders,
        Outbox outbox,
        RecallNotices recallNotices,
        AccountTokens accountTokens,
        SecretTokens secretTokens,
        Kernel kernel,
        URI publicUrl) {}
