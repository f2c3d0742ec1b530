package io.apotheca.mail;

import io.apotheca.application.notification.port.out.MailMessage;
import io.apotheca.application.notification.port.out.Mailer;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Properties;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * With no SMTP server configured, each message becomes an {@code .eml} file in a folder (written
 * whole, then moved into place, so a reader never sees half a message), and its subject is logged:
 * the default run works, and a developer opens the mails with any mail program.
 */
final class EmlFileMailer implements Mailer {

    private static final Logger LOG = LoggerFactory.getLogger(EmlFileMailer.class);
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final Path folder;
    private final InternetAddress from;
    private final Session session = Session.getInstance(new Properties());
    private final Clock clock;

    EmlFileMailer(Path folder, String from, Clock clock) {
        this.folder = folder;
        this.from = MimeMessages.address(from);
        this.clock = clock;
    }

    @Override
    public void send(MailMessage message) {
        String name = STAMP.format(clock.instant()) + "-" + UUID.randomUUID() + ".eml";
        try {
            Files.createDirectories(folder);
            Path partial = Files.createTempFile(folder, ".writing-", ".tmp");
            try (OutputStream out = Files.newOutputStream(partial)) {
                MimeMessages.of(session, from, message, clock).writeTo(out);
                out.close();
                Files.move(partial, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(partial); // only a message that failed half-way is still there
            }
        } catch (IOException | MessagingException e) {
            throw new MailNotSentException("could not write the message into " + folder, e);
        }
        LOG.info("mail written to {}: {}", name, message.subject());
    }
}
