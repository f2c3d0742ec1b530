package io.apotheca.application.notification;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.apotheca.application.notification.port.out.MailMessage;
import io.apotheca.domain.identity.Email;
import org.junit.jupiter.api.Test;

class MailMessageTest {

    @Test
    void a_subject_with_a_line_break_could_forge_headers_and_is_refused() {
        assertThatThrownBy(() -> new MailMessage(
                        new Email("ada@example.org"), "Hello\r\nBcc: everyone@example.org", "text", "<p>html</p>"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
