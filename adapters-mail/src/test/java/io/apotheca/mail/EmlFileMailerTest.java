package io.apotheca.mail;

import static org.assertj.core.api.Assertions.assertThat;

import io.apotheca.application.notification.MailerContract;
import io.apotheca.application.notification.port.out.Mailer;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;

/** The file mailer: every message an {@code .eml} file that reads back as the message sent. */
class EmlFileMailerTest extends MailerContract {

    @TempDir
    Path dataDir;

    @Override
    protected Mailer mailer() {
        return MailAdapters.files(dataDir.resolve("outbox-mail"), "pharmacy@example.org", Clock.systemUTC());
    }

    @Override
    protected List<Delivered> delivered() throws Exception {
        List<Delivered> delivered = new ArrayList<>();
        try (Stream<Path> files = Files.list(dataDir.resolve("outbox-mail"))) {
            List<Path> all = files.sorted().toList();
            assertThat(all)
                    .allSatisfy(
                            file -> assertThat(file.getFileName().toString()).endsWith(".eml"));
            for (Path file : all) {
                try (InputStream in = Files.newInputStream(file)) {
                    delivered.add(Received.of(new MimeMessage(Session.getInstance(new Properties()), in)));
                }
            }
        }
        return delivered;
    }

    @Override
    protected void breakDelivery() throws Exception {
        // a file where the folder should be: nothing can be written
        Files.writeString(dataDir.resolve("outbox-mail"), "not a folder");
    }
}
