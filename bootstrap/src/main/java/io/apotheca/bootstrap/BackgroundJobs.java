package io.apotheca.bootstrap;

import io.apotheca.application.events.EventRelay;
import io.apotheca.application.events.port.out.EventPublisher;
import io.apotheca.application.inventory.InventoryUseCases;
import io.apotheca.application.inventory.port.in.ExpireLotsUseCase;
import io.apotheca.application.notification.NotificationInbox;
import io.apotheca.application.notification.NotificationUseCases;
import io.apotheca.application.order.OrderUseCases;
import io.apotheca.application.order.port.in.ExpireHoldsUseCase;
import io.apotheca.application.outbound.OutboundUseCases;
import io.apotheca.application.prescription.PrescriptionUseCases;
import io.apotheca.application.prescription.port.in.ExpirePrescriptionsUseCase;
import io.apotheca.application.recall.RecallUseCases;
import io.apotheca.persistence.PostgresPersistence;
import io.apotheca.persistence.jobs.ScheduledJob;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The pharmacy's scheduled work, run once across all instances (db-scheduler on PostgreSQL): lots
 * and prescriptions expire now (a restart after a day off must not sell expired stock), then daily;
 * prescription documents no prescription refers to are swept daily; unpaid orders' holds every five
 * seconds; payments are settled, events relayed and mail sent, and events delivered to the broker and
 * to webhook endpoints, each destination by a job of its own.
 */
final class BackgroundJobs {

    private BackgroundJobs() {}

    /**
     * How soon after one run the event relay and the mail sender run again: an event reaches its
     * consumers, and its e-mail leaves, about a second or two after the change committed.
     */
    static final Duration EVENTS_AND_MAIL = Duration.ofSeconds(1);

    /** Expires what is due now, then schedules every job; they stop with the shutdown sequence. */
    static void start(Infrastructure infra, Capabilities capabilities, ShutdownSequence shutdown) {
        PostgresPersistence persistence = infra.persistence();
        ExpireLotsUseCase expireLots = InventoryUseCases.expireLots(capabilities.inventory());
        expireLots.expireDue();
        ExpirePrescriptionsUseCase expirePrescriptions = PrescriptionUseCases.expiry(capabilities.prescriptions());
        expirePrescriptions.expireDue();
        ExpireHoldsUseCase expireHolds = OrderUseCases.expireHolds(capabilities.orders());
        NotificationInbox mailInbox = NotificationUseCases.inbox(capabilities.notifications());
        EventPublisher logged = new LoggingEventPublisher();
        EventPublisher recallNotices = RecallUseCases.noticeLedger(capabilities.recalls());
        EventPublisher eventsOut = OutboundUseCases.fanOut(capabilities.outbound());
        List<ScheduledJob> jobs = new ArrayList<>(infra.jobs());
        jobs.addAll(List.of(
                new ScheduledJob("expire-lots", new ScheduledJob.DailyAt(LocalTime.of(0, 5)), expireLots::expireDue),
                new ScheduledJob(
                        "expire-prescriptions",
                        new ScheduledJob.DailyAt(LocalTime.of(0, 10)),
                        expirePrescriptions::expireDue),
                new ScheduledJob(
                        "sweep-prescription-documents",
                        new ScheduledJob.DailyAt(LocalTime.of(0, 15)),
                        PrescriptionUseCases.documentSweep(capabilities.prescriptions())::sweep),
                new ScheduledJob("expire-holds", new ScheduledJob.Every(Duration.ofSeconds(5)), expireHolds::expireDue),
                new ScheduledJob(
                        "settle-payments",
                        new ScheduledJob.Every(Duration.ofSeconds(5)),
                        capabilities.payments().settlement()::settle),
                new ScheduledJob(
                        "relay-events",
                        new ScheduledJob.Every(EVENTS_AND_MAIL),
                        new EventRelay(
                                persistence.outbox(),
                                event -> {
                                    // queued in the relay's transaction: a failure stops the batch
                                    mailInbox.publish(event);
                                    recallNotices.publish(event);
                                    eventsOut.publish(event);
                                    logged.publish(event);
                                },
                                persistence.transactions(),
                                infra.clock())::relay),
                new ScheduledJob(
                        "send-notifications",
                        new ScheduledJob.Every(EVENTS_AND_MAIL),
                        NotificationUseCases.sender(capabilities.notifications())::sendDue)));
        jobs.add(new ScheduledJob(
                "deliver-webhooks",
                new ScheduledJob.Every(EVENTS_AND_MAIL),
                OutboundUseCases.webhookDelivery(capabilities.outbound())::deliverDue));
        OutboundUseCases.brokerDelivery(capabilities.outbound())
                .ifPresent(broker -> jobs.add(new ScheduledJob(
                        "publish-to-broker", new ScheduledJob.Every(EVENTS_AND_MAIL), broker::deliverDue)));
        shutdown.add(persistence.startJobs(jobs));
    }
}
