package io.apotheca.domain.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class OrderStatusTest {

    @Test
    void an_order_is_in_flight_from_checkout_until_delivered_cancelled_or_refunded() {
        assertThat(Arrays.stream(OrderStatus.values()).filter(OrderStatus::inFlight))
                .containsExactly(
                        OrderStatus.AWAITING_PRESCRIPTION,
                        OrderStatus.AWAITING_PAYMENT,
                        OrderStatus.PAID,
                        OrderStatus.CONFIRMED,
                        OrderStatus.FULFILLED,
                        OrderStatus.SHIPPED);
    }
}
