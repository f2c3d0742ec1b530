package io.apotheca.application.limits;

import io.apotheca.application.limits.port.in.ManagePurchaseLimitsUseCase;

/** Builds the purchase limit use cases. */
public final class LimitsUseCases {

    private LimitsUseCases() {}

    public static ManagePurchaseLimitsUseCase manage(LimitPorts ports) {
        return new PurchaseLimitService(ports);
    }
}
