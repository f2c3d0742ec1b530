package io.apotheca.application.notification;

import io.apotheca.application.notification.port.in.SendNotificationsUseCase;

/** Builds the e-mail use cases from their ports; the composition root calls this. */
public final class NotificationUseCases {

    private NotificationUseCases() {}

    public static SendNotificationsUseCase sender(NotificationPorts ports) {
        return new NotificationSender(ports);
    }

    public static NotificationInbox inbox(NotificationPorts ports) {
        return new NotificationInbox(
                ports.queue(), ports.kernel().ids(), ports.kernel().clock());
    }
}
