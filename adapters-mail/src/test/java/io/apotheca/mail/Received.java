package io.apotheca.mail;

import io.apotheca.application.notification.MailerContract.Delivered;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/** Reads a received MIME message back into what the contract compares. */
final class Received {

    private Received() {}

    static Delivered of(MimeMessage mime) throws Exception {
        Multipart alternatives = (Multipart) mime.getContent();
        String text = null;
        String html = null;
        for (int i = 0; i < alternatives.getCount(); i++) {
            Part part = alternatives.getBodyPart(i);
            if (part.isMimeType("text/plain")) {
                text = (String) part.getContent();
            } else if (part.isMimeType("text/html")) {
                html = (String) part.getContent();
            }
        }
        return new Delivered(mime.getRecipients(Message.RecipientType.TO)[0].toString(), mime.getSubject(), text, html);
    }
}
