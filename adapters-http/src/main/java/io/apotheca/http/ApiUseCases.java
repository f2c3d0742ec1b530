package io.apotheca.http;

import io.apotheca.application.health.port.in.CheckReadinessUseCase;
import io.apotheca.application.shared.port.out.IdGenerator;
import java.util.Objects;

/**
 * Everything the API calls into the pharmacy's core, handed over by bootstrap.
 *
 * @param checkReadiness whether the instance can serve
 * @param ids new ids, here for request ids
 */
public record ApiUseCases(CheckReadinessUseCase checkReadiness, IdGenerator ids) {

    public ApiUseCases {
        Objects.requireNonNull(checkReadiness, "checkReadiness");
        Objects.requireNonNull(ids, "ids");
    }
}
