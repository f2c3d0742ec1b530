package io.apotheca.application.shared.port.out;

/**
 * A system the pharmacy depends on (Redis, for carts and rate limits) does not answer, or the
 * database gave the command up to settle a conflict with another running at once (a deadlock).
 * Nothing was done; the same request may be tried again shortly.
 */
public final class DependencyUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String dependency;

    public DependencyUnavailableException(String dependency, Throwable cause) {
        super(dependency + " does not answer", cause);
        this.dependency = dependency;
    }

    /** Which system, such as {@code redis}. */
    public String dependency() {
        return dependency;
    }
}
