package io.apotheca.application.events;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/** Every event type the pharmacy publishes: the {@code TYPE} of each {@link PharmacyEvent}. */
public final class EventTypes {

    private static final Set<String> ALL = read();

    private EventTypes() {}

    /** Every type, sorted. */
    public static Set<String> all() {
        return ALL;
    }

    private static Set<String> read() {
        Set<String> types = new TreeSet<>();
        for (Class<?> kind : PharmacyEvent.class.getPermittedSubclasses()) {
            try {
                types.add((String) kind.getField("TYPE").get(null));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(kind + " names no TYPE", e);
            }
        }
        return Collections.unmodifiableSet(types);
    }
}
