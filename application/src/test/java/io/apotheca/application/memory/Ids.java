package io.apotheca.application.memory;

import java.util.UUID;

/** UUIDs compared as PostgreSQL compares them: byte by byte, unsigned. */
final class Ids {

    private Ids() {}

    static int compare(UUID a, UUID b) {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }
}
