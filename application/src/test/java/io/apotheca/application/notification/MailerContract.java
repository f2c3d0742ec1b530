package io.apotheca.application.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.apotheca.application.notification.port.out.MailMessage;
import io.apotheca.application.notification.port.out.Mailer;
import io.apotheca.application.notification.port.out.Mailer.MailNotSentException;
import io.apotheca.domain.identity.Email;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Mailer} must do, whatever carries the mail: deliver one message to its recipient,
 * with its subject, plain text and HTML intact in any script, and say so when it could not.
 */
public abstract class MailerContract {

    /** A message as it arrived at the other end. */
    public record Delivered(String to, String subject, String text, String html) {}

    protected abstract Mailer mailer();

    /** Every message that arrived so far, oldest first. */
    protected abstract List<Delivered> delivered() throws Exception;

    /** Makes the next sends fail, as a stopped server or a full disk would. */
    protected abstract void breakDelivery() throws Exception;

    @Test
    void a_message_arrives_once_with_its_recipient_subject_text_and_html() throws Exception {
        MailMessage message = new MailMessage(
                new Email("zoe@example.org"),
                "Zoë, your order 1A2B is on its way — 发货",
                "Hello Zoë,\n\n2 × Ibuprofen 200 mg — EUR 7.98\n",
                "<p>Hello Zoë,</p><ul><li>2 × Ibuprofen 200 mg</li></ul>");

        mailer().send(message);

        assertThat(delivered()).singleElement().satisfies(mail -> {
            assertThat(mail.to()).isEqualTo("zoe@example.org");
            assertThat(mail.subject()).isEqualTo(message.subject());
            assertThat(mail.text().replace("\r\n", "\n")).isEqualTo(message.text());
            assertThat(mail.html()).isEqualTo(message.html());
        });
    }

    @Test
    void a_message_that_cannot_be_delivered_is_reported_not_lost_in_silence() throws Exception {
        breakDelivery();

        assertThatThrownBy(
                        () -> mailer().send(new MailMessage(new Email("ada@example.org"), "Hello", "Hi", "<p>Hi</p>")))
                .isInstanceOf(MailNotSentException.class);
    }
}
