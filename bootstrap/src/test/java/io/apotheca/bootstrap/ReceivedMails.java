package io.apotheca.bootstrap;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** What a test's SMTP server (GreenMail) received, by recipient: waited for, listed and read. */
final class ReceivedMails {

    /** Long enough for the outbox relay and the mail job, each every 2 seconds, on a busy machine. */
    static final Duration WAIT = Duration.ofSeconds(30);

    private final Supplier<GreenMail> server;

    /** @param server the server now running (a test may replace it, to stop and start SMTP) */
    ReceivedMails(Supplier<GreenMail> server) {
        this.server = server;
    }

    /** The latest mail to the address whose subject starts so, waited for up to {@link #WAIT}. */
    MimeMessage await(String to, String subjectPrefix) {
        return org.awaitility.Awaitility.await()
                .atMost(WAIT)
                .until(() -> latest(to, subjectPrefix), Optional::isPresent)
                .orElseThrow();
    }

    /** Every mail received for the address, oldest first. */
    List<MimeMessage> to(String address) throws Exception {
        List<MimeMessage> mails = new ArrayList<>();
        for (MimeMessage message : server.get().getReceivedMessages()) {
            if (message.getRecipients(Message.RecipientType.TO)[0].toString().equalsIgnoreCase(address)) {
                mails.add(message);
            }
        }
        return mails;
    }

    List<String> subjects(String address) throws Exception {
        List<String> subjects = new ArrayList<>();
        for (MimeMessage mail : to(address)) {
            subjects.add(mail.getSubject());
        }
        return subjects;
    }

    /** The plain-text part of a mail. */
    static String text(MimeMessage mail) throws Exception {
        Multipart alternatives = (Multipart) mail.getContent();
        for (int i = 0; i < alternatives.getCount(); i++) {
            Part part = alternatives.getBodyPart(i);
            if (part.isMimeType("text/plain")) {
                return (String) part.getContent();
            }
        }
        throw new AssertionError("no plain-text part");
    }

    private Optional<MimeMessage> latest(String to, String subjectPrefix) throws Exception {
        MimeMessage found = null;
        for (MimeMessage mail : to(to)) {
            if (mail.getSubject().startsWith(subjectPrefix)) {
                found = mail;
            }
        }
        return Optional.ofNullable(found);
    }
}
