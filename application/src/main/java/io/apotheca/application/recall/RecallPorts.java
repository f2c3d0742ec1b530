package io.apotheca.application.recall;

import io.apotheca.application.events.port.out.Outbox;
import io.apotheca.application.inventory.InventoryPorts;
import io.apotheca.application.order.port.out.Orders;
import io.apotheca.application.order.port.out.PrescriptionsOnFile;
import io.apotheca.application.recall.port.out.RecallRefunds;
import io.apotheca.application.recall.port.out.Recalls;

/**
 * What the recall use cases are built from.
 *
 * @param inventory the shelf, whose lot is recalled
 * @param prescriptions the fills a cancelled order reserved, given back
 */
public record RecallPorts(
        InventoryPorts inventory,
        Orders orders,
        PrescriptionsOnFile prescriptions,
        Recalls recalls,
        RecallRefunds refunds,
        Outbox outbox) {}
