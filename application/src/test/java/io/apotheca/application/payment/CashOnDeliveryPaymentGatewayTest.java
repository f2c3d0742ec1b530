package io.apotheca.application.payment;

import io.apotheca.application.payment.port.out.PaymentGateway;
import io.apotheca.application.payment.port.out.PaymentGateway.ProviderPayment;

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
}
