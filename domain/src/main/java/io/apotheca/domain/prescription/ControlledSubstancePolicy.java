package io.apotheca.domain.prescription;

import io.apotheca.domain.catalog.DrugSchedule;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The federal rules a transcription must keep, and how long each item may be filled. From 21 CFR
 * part 1306:
 *
 * <ul>
 *   <li>§ 1306.05(a): a prescription for a controlled substance bears the prescriber's DEA
 *       registration number — so every controlled item needs one;
 *   <li>§ 1306.12(a): a Schedule II prescription is not refilled — so no refills;
 *   <li>§ 1306.22(a): a Schedule III or IV prescription is filled or refilled no more than six
 *       months after the date written, and refilled no more than five times;
 *   <li>§ 1306.23: Schedule V refills as the prescriber authorised; the pharmacy's own validity
 *       ({@code APOTHECA_RX_VALIDITY}, a year by default) bounds them, as it bounds a medicine
 *       that is not controlled, and Schedule II, which federal law gives no end date.
 * </ul>
 *
 * A fill is allowed on the last day itself: "no more than six months after" includes the day six
 * months on.
 */
public final class ControlledSubstancePolicy {

    /** Refills a Schedule III or IV prescription may authorise at the most. */
    public static final int SCHEDULE_III_IV_MAX_REFILLS = 5;

    /** How long after writing a Schedule III or IV prescription may be filled. */
    public static final Period SCHEDULE_III_IV_VALIDITY = Period.ofMonths(6);

    private ControlledSubstancePolicy() {}

    /** Why a transcription is refused, each with its stable API code. */
    public enum Rule {
        /** A controlled item, and the prescriber's DEA number not given. */
        DEA_NUMBER_REQUIRED("dea_number_required"),
        /** A Schedule II item with refills. */
        SCHEDULE_II_NOT_REFILLABLE("schedule_ii_not_refillable"),
        /** A Schedule III or IV item with more than five refills. */
        TOO_MANY_REFILLS("too_many_refills"),
        /** Dated after today. */
        WRITTEN_IN_FUTURE("written_in_future"),
        /** Every item's last fill date has passed already. */
        PRESCRIPTION_EXPIRED("prescription_expired");

        private final String code;

        Rule(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /**
     * One broken rule.
     *
     * @param rule the rule
     * @param itemId the item that breaks it, empty when it is the whole prescription's
     */
    public record Violation(Rule rule, Optional<UUID> itemId) {

        public Violation {
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(itemId, "itemId");
        }
    }

    /** Every rule the transcription breaks, in item order; empty when it may be approved. */
    public static List<Violation> check(
            Prescriber prescriber, LocalDate written, List<PrescribedItem> items, LocalDate today, Period validity) {
        List<Violation> broken = new ArrayList<>();
        if (written.isAfter(today)) {
            broken.add(new Violation(Rule.WRITTEN_IN_FUTURE, Optional.empty()));
        }
        for (PrescribedItem item : items) {
            Optional<UUID> id = Optional.of(item.id());
            if (item.controlled() && prescriber.deaNumber().isEmpty()) {
                broken.add(new Violation(Rule.DEA_NUMBER_REQUIRED, id));
            }
            DrugSchedule schedule = item.schedule().orElse(null);
            if (schedule == DrugSchedule.CII && item.refillsAuthorised() > 0) {
                broken.add(new Violation(Rule.SCHEDULE_II_NOT_REFILLABLE, id));
            }
            if ((schedule == DrugSchedule.CIII || schedule == DrugSchedule.CIV)
                    && item.refillsAuthorised() > SCHEDULE_III_IV_MAX_REFILLS) {
                broken.add(new Violation(Rule.TOO_MANY_REFILLS, id));
            }
        }
        if (!items.isEmpty()
                && items.stream()
                        .allMatch(i -> lastFillDay(i, written, validity).isBefore(today))) {
            broken.add(new Violation(Rule.PRESCRIPTION_EXPIRED, Optional.empty()));
        }
        return List.copyOf(broken);
    }

    /** The last day the item may be filled: six months after writing for Schedules III and IV, else the validity. */
    public static LocalDate lastFillDay(PrescribedItem item, LocalDate written, Period validity) {
        DrugSchedule schedule = item.schedule().orElse(null);
        if (schedule == DrugSchedule.CIII || schedule == DrugSchedule.CIV) {
            return written.plus(SCHEDULE_III_IV_VALIDITY);
        }
        return written.plus(validity);
    }
}
