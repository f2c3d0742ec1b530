package io.apotheca.application.notification.port.out;

import io.apotheca.domain.identity.Email;
import java.util.Objects;

/**
 * One e-mail to one recipient, in plain text and in HTML with the same content.
 *
 * @param to the recipient
 * @param subject one line: a line break here could forge mail headers, so it is refused
 * @param text the plain-text body
 * @param html the HTML body, already escaped
 */
public record MailMessage(Email to, String subject, String text, String html) {

    public MailMessage {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(html, "html");
        if (subject.isBlank() || subject.length() > 200 || subject.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("a subject is one line of at most 200 characters");
        }
    }
}
