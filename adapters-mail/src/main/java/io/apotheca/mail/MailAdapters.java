package io.apotheca.mail;

import io.apotheca.application.notification.port.out.Mailer;
import java.nio.file.Path;
import java.time.Clock;

/** The mail adapters, for the composition root. */
public final class MailAdapters {

    private MailAdapters() {}

    public static Mailer smtp(SmtpSettings settings, Clock clock) {
        return new SmtpMailer(settings, clock);
    }

    public static Mailer files(Path folder, String from, Clock clock) {
        return new EmlFileMailer(folder, from, clock);
    }
}
