package io.apotheca.application.memory;

import io.apotheca.application.notification.port.out.MailMessage;
import io.apotheca.application.notification.port.out.Mailer;
import java.util.ArrayList;
import java.util.List;

/** A mailer that keeps every message it is given, for a test to open; it can be made to fail. */
public final class InMemoryMailbox implements Mailer {

    private final List<MailMessage> sent = new ArrayList<>();
    private boolean broken;

    @Override
    public synchronized void send(MailMessage message) {
        if (broken) {
            throw new MailNotSentException("the mailbox is broken", null);
        }
        sent.add(message);
    }

    /** Every message sent, oldest first. */
    public synchronized List<MailMessage> sent() {
        return List.copyOf(sent);
    }

    /** Makes every later send fail, as a stopped mail server would. */
    public synchronized void breakDelivery() {
        broken = true;
    }
}
