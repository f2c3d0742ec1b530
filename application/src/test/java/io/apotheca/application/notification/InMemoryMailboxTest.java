package io.apotheca.application.notification;

import io.apotheca.application.memory.InMemoryMailbox;
import io.apotheca.application.notification.port.out.Mailer;
import java.util.List;

/** The in-memory mailbox, held to the contract the SMTP and file mailers pass. */
class InMemoryMailboxTest extends MailerContract {

    private final InMemoryMailbox mailbox = new InMemoryMailbox();

    @Override
    protected Mailer mailer() {
        return mailbox;
    }

    @Override
    protected List<Delivered> delivered() {
        return mailbox.sent().stream()
                .map(mail -> new Delivered(mail.to().value(), mail.subject(), mail.text(), mail.html()))
                .toList();
    }

    @Override
    protected void breakDelivery() {
        mailbox.breakDelivery();
    }
}
