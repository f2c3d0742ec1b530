package io.apotheca.application.plantedorders;

import io.apotheca.application.plantedpayments.SettlesOrders;

/** Breaks the rule: an order capability that reaches into payments, which reach back into orders. */
public class CollectsCash {

    public SettlesOrders payments() {
        return new SettlesOrders();
    }
}
