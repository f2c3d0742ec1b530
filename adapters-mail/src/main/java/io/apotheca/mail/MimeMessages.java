package io.apotheca.mail;

import io.apotheca.application.notification.port.out.MailMessage;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;

/** One message as MIME: UTF-8 throughout, plain text and HTML as alternatives of each other. */
final class MimeMessages {

    private static final String UTF_8 = StandardCharsets.UTF_8.name();

    private MimeMessages() {}

    static MimeMessage of(Session session, InternetAddress from, MailMessage message, Clock clock)
            throws MessagingException {
        MimeMessage mime = new MimeMessage(session);
        mime.setFrom(from);
        mime.setRecipient(
                MimeMessage.RecipientType.TO, new InternetAddress(message.to().value(), true));
        mime.setSubject(message.subject(), UTF_8);
        mime.setSentDate(Date.from(clock.instant()));
        MimeBodyPart text = new MimeBodyPart();
        text.setText(message.text(), UTF_8, "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(message.html(), UTF_8, "html");
        mime.setContent(new MimeMultipart("alternative", text, html));
        mime.saveChanges();
        return mime;
    }

    /** The sender; a bare address is shown as "Apotheca". */
    static InternetAddress address(String mailbox) {
        try {
            InternetAddress address = new InternetAddress(mailbox, true);
            if (address.getPersonal() == null) {
                address.setPersonal("Apotheca", UTF_8);
            }
            return address;
        } catch (MessagingException | java.io.UnsupportedEncodingException e) {
            throw new IllegalArgumentException("not a sender address: " + mailbox, e);
        }
    }
}
