package io.apotheca.mail;

import io.apotheca.application.notification.port.out.MailMessage;
import io.apotheca.application.notification.port.out.Mailer;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import java.time.Clock;
import java.util.Properties;

/** Hands each message to an SMTP server, signing in and upgrading to TLS as configured. */
final class SmtpMailer implements Mailer {

    private final SmtpSettings settings;
    private final Session session;
    private final InternetAddress from;
    private final Clock clock;

    SmtpMailer(SmtpSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.from = MimeMessages.address(settings.from());
        String protocol = settings.tls() ? "smtps" : "smtp";
        String timeout = Long.toString(settings.timeout().toMillis());
        Properties properties = new Properties();
        properties.put("mail.transport.protocol", protocol);
        properties.put("mail." + protocol + ".host", settings.host());
        properties.put("mail." + protocol + ".port", Integer.toString(settings.port()));
        properties.put(
                "mail." + protocol + ".auth",
                Boolean.toString(settings.username().isPresent()));
        properties.put("mail." + protocol + ".starttls.enable", Boolean.toString(settings.startTls()));
        properties.put("mail." + protocol + ".starttls.required", Boolean.toString(settings.startTls()));
        properties.put("mail." + protocol + ".connectiontimeout", timeout);
        properties.put("mail." + protocol + ".timeout", timeout);
        properties.put("mail." + protocol + ".writetimeout", timeout);
        this.session = Session.getInstance(properties);
    }

    @Override
    public void send(MailMessage message) {
        try {
            var mime = MimeMessages.of(session, from, message, clock);
            if (settings.username().isPresent()) {
                Transport.send(
                        mime, settings.username().get(), settings.password().orElse(""));
            } else {
                Transport.send(mime);
            }
        } catch (MessagingException e) {
            throw new MailNotSentException(
                    "the SMTP server did not accept the message: "
                            + e.getClass().getSimpleName(),
                    e);
        }
    }
}
