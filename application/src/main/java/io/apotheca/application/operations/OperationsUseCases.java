package io.apotheca.application.operations;

import io.apotheca.application.operations.port.in.ReadBusinessFiguresUseCase;
import io.apotheca.application.operations.port.out.BusinessFigures;
import java.time.Clock;

/** Builds the operations use cases; the composition root calls this. */
public final class OperationsUseCases {

    private OperationsUseCases() {}

    public static ReadBusinessFiguresUseCase figures(BusinessFigures figures, Clock clock) {
        return () -> figures.read(clock.instant());
    }
}
