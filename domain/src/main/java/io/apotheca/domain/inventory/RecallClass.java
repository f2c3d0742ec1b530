package io.apotheca.domain.inventory;

import java.util.Locale;
import java.util.Optional;

/**
 * How dangerous a recalled lot is, as the FDA classes recalls (21 CFR 7.3(m)). Notices to patients
 * go out in this order: class I first.
 */
public enum RecallClass {
    /** A reasonable probability that using the product will cause serious harm or death. */
    I,
    /** Using the product may cause temporary or medically reversible harm; serious harm is remote. */
    II,
    /** Using the product is not likely to cause harm. */
    III;

    /** The class when the recall does not say: II, the usual one for medicines. */
    public static final RecallClass DEFAULT = II;

    /** The class named by {@code I}, {@code II} or {@code III} (any case), if it is one. */
    public static Optional<RecallClass> ofName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.trim().toUpperCase(Locale.ROOT);
        for (RecallClass recallClass : values()) {
            if (recallClass.name().equals(wanted)) {
                return Optional.of(recallClass);
            }
        }
        return Optional.empty();
    }

    /** Whether notices of this class go out before those of {@code other}. */
    public boolean moreUrgentThan(RecallClass other) {
        return ordinal() < other.ordinal();
    }
}
