package io.apotheca.application.health.port.out;

/**
 * Checks that one system the pharmacy depends on answers, within a short time. A probe never throws:
 * a system that fails or is too slow simply is not up.
 */
public interface ReadinessProbe {

    /** The system probed, such as {@code database}. */
    String name();

    /** Whether the system answered in time. */
    boolean answers();
}
