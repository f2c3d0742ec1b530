package io.apotheca.application.shared;

/**
 * Ends a transaction with a refusal after it has already written something that must not stay:
 * thrown inside {@link io.apotheca.application.shared.port.out.Transactions#inTransaction}, it rolls
 * everything back, and {@link Commands#run} turns it into a refused outcome.
 */
public final class RollbackRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Refusal refusal;

    public RollbackRefusal(Refusal refusal) {
        super(refusal.reason().code(), null, false, false);
        this.refusal = refusal;
    }

    public Refusal refusal() {
        return refusal;
    }
}
