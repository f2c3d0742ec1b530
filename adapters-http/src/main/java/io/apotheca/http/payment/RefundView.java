package io.apotheca.http.payment;

import io.apotheca.application.payment.port.in.RefundOrderUseCase.RefundIssued;
import io.apotheca.http.MoneyView;
import java.time.Instant;

/** A refund as the API shows it, with the order's status after it. */
record RefundView(
        String id,
        String orderId,
        String paymentId,
        MoneyView amount,
        String reason,
        String status,
        String providerRefundId,
        Instant createdAt,
        String orderStatus) {

    static RefundView of(RefundIssued issued) {
        return new RefundView(
                issued.refund().id().toString(),
                issued.refund().orderId().toString(),
                issued.refund().paymentId().toString(),
                MoneyView.of(issued.refund().amount()),
                issued.refund().reason(),
                issued.refund().status().name(),
                issued.refund().providerRefundId().orElse(null),
                issued.refund().createdAt(),
                issued.order().order().status().name());
    }
}
