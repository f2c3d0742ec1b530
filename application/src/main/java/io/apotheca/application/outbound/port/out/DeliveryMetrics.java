package io.apotheca.application.outbound.port.out;

/** Counts what came of deliveries, for the operator's metrics. */
public interface DeliveryMetrics {

    /** Nothing counted: for tests and tools. */
    DeliveryMetrics NONE = (destination, outcome, count) -> {};

    /**
     * @param destination {@code broker} or {@code webhook}
     * @param outcome {@code delivered}, {@code failed} or {@code given_up}
     * @param count how many deliveries
     */
    void count(String destination, String outcome, int count);
}
