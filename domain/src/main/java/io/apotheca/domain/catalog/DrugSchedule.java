package io.apotheca.domain.catalog;

import java.util.Locale;
import java.util.Optional;

/**
 * The United States federal schedule of a controlled substance (21 U.S.C. 812; 21 CFR 1308). A
 * product without one is not controlled. Schedule I substances have no accepted medical use and are
 * never sold, so they have no value here.
 */
public enum DrugSchedule {
    /** High potential for abuse, accepted medical use (oxycodone, methylphenidate). */
    CII,
    /** Moderate potential for abuse (buprenorphine, anabolic steroids). */
    CIII,
    /** Low potential for abuse relative to CIII (benzodiazepines, tramadol). */
    CIV,
    /** Lowest potential for abuse among the controlled (low-dose codeine cough preparations). */
    CV;

    /** The schedule named by its code ({@code CII} … {@code CV}, any case), if it is one. */
    public static Optional<DrugSchedule> ofCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (DrugSchedule schedule : values()) {
            if (schedule.name().equals(code.trim().toUpperCase(Locale.ROOT))) {
                return Optional.of(schedule);
            }
        }
        return Optional.empty();
    }
}
