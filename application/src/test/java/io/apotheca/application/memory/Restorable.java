package io.apotheca.application.memory;

/**
 * An in-memory store that a failed transaction can put back as it was, as PostgreSQL rolls back what
 * a failed command wrote.
 */
public interface Restorable {

    /** What to run to put the store back as it is now. */
    Runnable snapshot();
}
