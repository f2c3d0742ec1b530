package io.apotheca.application.payment;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.apotheca.application.payment.port.out.PaymentGateway;
import io.apotheca.application.payment.port.out.PaymentGateway.CaptureRequest;
import io.apotheca.application.payment.port.out.PaymentGateway.ProviderPayment;
import io.apotheca.application.payment.port.out.PaymentGatewayException;
import io.apotheca.domain.shared.Money;
import org.junit.jupiter.api.Test;

class CashOnDeliveryPaymentGatewayTest extends PaymentGatewayContract {

    private final CashOnDeliveryPaymentGateway gateway = new CashOnDeliveryPaymentGateway();

    @Override
    protected PaymentGateway gateway() {
        return gateway;
    }

    @Override
    protected void payerPays(ProviderPayment payment) {
        // the courier collects on delivery; nothing to tell the gateway
    }

    @Test
    void cash_is_never_authorised_so_nothing_is_captured() {
        assertThatThrownBy(() -> gateway.capture(new CaptureRequest("capture-1", "cod_x", Money.of(100, "EUR"))))
                .isInstanceOf(PaymentGatewayException.class);
    }
}
