package io.apotheca.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.apotheca.application.notification.MailerContract;
import io.apotheca.application.notification.port.out.MailMessage;
import io.apotheca.application.notification.port.out.Mailer;
import io.apotheca.domain.identity.Email;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The SMTP mailer against a real SMTP server (GreenMail) on a free port. */
class SmtpMailerTest extends MailerContract {

    private GreenMail server;
    private Mailer mailer;

    @BeforeEach
    void startServer() {
        server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        server.setUser("pharmacy@example.org", "pharmacy", "s3cret/pass");
        String url =
                "smtp://pharmacy:s3cret%2Fpass@127.0.0.1:" + server.getSmtp().getPort();
        mailer = MailAdapters.smtp(
                SmtpSettings.fromUrl(url, "Apotheca <pharmacy@example.org>", Duration.ofSeconds(5)), Clock.systemUTC());
    }

    @AfterEach
    void stopServer() {
        server.stop();
    }

    @Override
    protected Mailer mailer() {
        return mailer;
    }

    @Override
    protected List<Delivered> delivered() throws Exception {
        List<Delivered> delivered = new ArrayList<>();
        for (MimeMessage message : server.getReceivedMessages()) {
            delivered.add(Received.of(message));
        }
        return delivered;
    }

    @Override
    protected void breakDelivery() {
        server.stop();
    }

    @Test
    void the_sender_is_the_configured_one_and_the_server_was_signed_in_to() throws Exception {
        mailer.send(new MailMessage(new Email("ada@example.org"), "Hello", "Hi", "<p>Hi</p>"));

        MimeMessage received = server.getReceivedMessages()[0];
        assertThat(received.getFrom()[0].toString()).isEqualTo("Apotheca <pharmacy@example.org>");
        assertThat(received.getHeader("Content-Type")[0]).startsWith("multipart/alternative");
    }

    @Test
    void a_wrong_password_is_a_failed_send() {
        String url = "smtp://pharmacy:wrong@127.0.0.1:" + server.getSmtp().getPort();
        Mailer wrong = MailAdapters.smtp(
                SmtpSettings.fromUrl(url, "pharmacy@example.org", Duration.ofSeconds(5)), Clock.systemUTC());

        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> wrong.send(new MailMessage(new Email("ada@example.org"), "Hello", "Hi", "<p>Hi</p>")))
                .isInstanceOf(Mailer.MailNotSentException.class);
        assertThat(server.getReceivedMessages()).isEmpty();
    }

    @Test
    void settings_are_read_from_the_url_with_defaults_and_never_print_the_password() {
        SmtpSettings settings = SmtpSettings.fromUrl(
                "smtp://user%40example.org:p%40ss@mail.example.org?starttls=true",
                "a@example.org", Duration.ofSeconds(1));

        assertThat(settings.host()).isEqualTo("mail.example.org");
        assertThat(settings.port()).isEqualTo(587);
        assertThat(settings.username()).contains("user@example.org");
        assertThat(settings.password()).contains("p@ss");
        assertThat(settings.startTls()).isTrue();
        assertThat(settings.tls()).isFalse();
        assertThat(settings.toString()).doesNotContain("p@ss");
        assertThat(SmtpSettings.fromUrl("smtps://mail.example.org", "a@example.org", Duration.ofSeconds(1))
                        .port())
                .isEqualTo(465);
    }
}
