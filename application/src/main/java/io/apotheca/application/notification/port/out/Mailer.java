package io.apotheca.application.notification.port.out;

/** Sends e-mail: through an SMTP server, or, with none configured, into files in the data folder. */
public interface Mailer {

    /**
     * Sends the message, or throws {@link MailNotSentException}: the caller tries again later. A
     * message that was handed over may, rarely, be sent again after a crash (at least once).
     */
    void send(MailMessage message);

    /** The message was not accepted; the reason names no recipient and holds no content. */
    final class MailNotSentException extends RuntimeException {

        public MailNotSentException(String reason, Throwable cause) {
            super(reason, cause);
        }
    }
}
