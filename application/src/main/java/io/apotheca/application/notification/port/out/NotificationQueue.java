package io.apotheca.application.notification.port.out;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * E-mails waiting to be sent. A sender claims a few for a while (a lease), sends them outside any
 * transaction, and marks each sent or failed; one that stays claimed past its lease (the sender
 * died) becomes due again.
 */
public interface NotificationQueue {

    /** Queues it in the caller's transaction; false, and nothing written, when its event already queued one for this recipient. */
    boolean enqueue(Notification notification);

    /**
     * Up to {@code limit} due notifications, oldest first, each claimed until {@code leaseUntil} and
     * its attempt counted; two senders never claim the same one.
     */
    List<Notification> claimDue(Instant now, Instant leaseUntil, int limit);

    /** Marks the notifications sent, all at once: a sender records its whole batch in one statement. */
    void markSent(Collection<UUID> ids, Instant at);

    /** Sending failed: due again at {@code retryAt}. */
    void markFailed(UUID id, Instant retryAt, String reason);

    /** Never to be sent: the recipient is gone, or every attempt failed. */
    void abandon(UUID id, Instant at, String reason);
}
