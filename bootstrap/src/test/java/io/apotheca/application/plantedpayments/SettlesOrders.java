package io.apotheca.application.plantedpayments;

import io.apotheca.application.plantedorders.CollectsCash;

/** Breaks the rule: payments that reach into orders, which reach back into payments. */
public class SettlesOrders {

    public CollectsCash orders() {
        return new CollectsCash();
    }
}
