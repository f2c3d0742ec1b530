package io.apotheca.application.notification.port.in;

/** The scheduler sends the e-mails that are due, and retries the failed ones with back-off. */
public interface SendNotificationsUseCase {

    /** Sends what is due now; returns how many were sent. */
    int sendDue();
}
