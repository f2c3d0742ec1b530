package io.apotheca.application.notification.port.out;

/** The e-mails the pharmacy sends, each caused by one kind of domain event. */
public enum NotificationKind {
    EMAIL_VERIFICATION,
    PASSWORD_RESET,
    ORDER_PLACED,
    PRESCRIPTION_APPROVED,
    PRESCRIPTION_REJECTED,
    ORDER_PAID,
    ORDER_CONFIRMED,
    ORDER_SHIPPED,
    ORDER_REFUNDED,
    HOLD_EXPIRED,
    /** The order was cancelled because a recall left too little stock to serve it. */
    ORDER_CANCELLED_BY_RECALL,
    /** The patient received units of a lot that was recalled. */
    RECALL_NOTICE,
    /** A webhook endpoint the administrator registered was disabled: its deliveries kept failing. */
    WEBHOOK_ENDPOINT_DISABLED
}
