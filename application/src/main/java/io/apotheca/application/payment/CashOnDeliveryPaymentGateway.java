package io.apotheca.application.payment;

import io.apotheca.application.payment.port.out.PaymentGateway;
import io.apotheca.application.payment.port.out.PaymentGatewayException;
import io.apotheca.domain.payment.RefundStatus;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Cash on delivery as a payment gateway: no outside party, the courier collects and the pharmacy
 * pays back by hand. Its ids are derived from the keys ({@code cod_…}, {@code cod_refund_…}), so
 * opening or refunding again under the same key gives the same answer even after a restart; the
 * most recent ones are remembered in memory (bounded) only to answer {@link #retrieve} and {@link
 * #cancel}, which Apotheca never calls for cash: the payments store is the record that lasts.
 */
public final class CashOnDeliveryPaymentGateway implements PaymentGateway {

    /** How many recent payments and refunds are remembered; older ones are answered from their keys alone. */
    private static final int REMEMBERED = 10_000;

    private final Map<String, ProviderPayment> opened = recent();
    private final Map<String, ProviderRefund> refunds = recent();

    private static <V> Map<String, V> recent() {
        return Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > REMEMBERED;
            }
        });
    }

    @Override
    public ProviderPayment open(PaymentRequest request) {
        ProviderPayment payment = new ProviderPayment(
                "cod_" + request.idempotencyKey(), Optional.empty(), ProviderStatus.OPEN, request.amount());
        ProviderPayment first = opened.putIfAbsent(payment.id(), payment);
        if (first != null && !first.amount().equals(request.amount())) {
            throw new PaymentGatewayException(
                    PaymentGatewayException.Kind.REJECTED, "key reused with another amount", null);
        }
        return first == null ? payment : first;
    }

    @Override
    public ProviderPayment retrieve(String providerPaymentId) {
        ProviderPayment payment = opened.get(providerPaymentId);
        if (payment == null) {
            throw new PaymentGatewayException(
                    PaymentGatewayException.Kind.REJECTED, "no such cash payment " + providerPaymentId, null);
        }
        return payment;
    }

    @Override
    public ProviderPayment cancel(String providerPaymentId, String idempotencyKey) {
        ProviderPayment payment = retrieve(providerPaymentId);
        ProviderPayment canceled =
                new ProviderPayment(payment.id(), Optional.empty(), ProviderStatus.CANCELED, payment.amount());
        opened.put(payment.id(), canceled);
        return canceled;
    }

    /** Cash is collected at the door, never authorised beforehand: there is nothing to capture. */
    @Override
    public ProviderPayment capture(CaptureRequest request) {
        throw new PaymentGatewayException(
                PaymentGatewayException.Kind.REJECTED, "cash on delivery is collected at delivery, not captured", null);
    }

    @Override
    public ProviderRefund refund(RefundRequest request) {
        if (!request.providerPaymentId().startsWith("cod_")) {
            throw new PaymentGatewayException(
                    PaymentGatewayException.Kind.REJECTED, "not a cash payment: " + request.providerPaymentId(), null);
        }
        ProviderPayment payment = opened.get(request.providerPaymentId());
        if (payment != null && request.amount().compareTo(payment.amount()) > 0) {
            throw new PaymentGatewayException(PaymentGatewayException.Kind.REJECTED, "refund above the payment", null);
        }
        ProviderRefund refund =
                new ProviderRefund("cod_refund_" + request.idempotencyKey(), RefundStatus.SUCCEEDED, request.amount());
        ProviderRefund first = refunds.putIfAbsent(refund.id(), refund);
        if (first != null && !first.amount().equals(request.amount())) {
            throw new PaymentGatewayException(
                    PaymentGatewayException.Kind.REJECTED, "key reused with another amount", null);
        }
        return first == null ? refund : first;
    }
}
