package io.apotheca.application.shared;

import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Why a command was not carried out. Expected refusals are values, not exceptions; each reason maps
 * one-to-one to an API error code.
 *
 * @param reason the kind of refusal
 * @param message what happened, for a person
 * @param fieldProblems the invalid fields, for {@link CommonReason#VALIDATION_FAILED}
 * @param retryAfter when the client may try again, for {@link CommonReason#RATE_LIMITED}
 * @param facts what a client may act on besides the message, by name (such as the day from which a
 *     refill is allowed), in the order given
 */
public record Refusal(
        Reason reason,
        String message,
        List<FieldProblem> fieldProblems,
        Optional<Duration> retryAfter,
        Map<String, String> facts) {

    public Refusal {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(message, "message");
        fieldProblems = List.copyOf(fieldProblems);
        Objects.requireNonNull(retryAfter, "retryAfter");
        facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts));
    }

    public static Refusal of(Reason reason, String message) {
        return new Refusal(reason, message, List.of(), Optional.empty(), Map.of());
    }

    /** This refusal with one more fact for the client. */
    public Refusal with(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(facts);
        more.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
        return new Refusal(reason, message, fieldProblems, retryAfter, more);
    }

    public static Refusal invalid(List<FieldProblem> problems) {
        return new Refusal(
                CommonReason.VALIDATION_FAILED,
                "One or more fields are invalid.",
                problems,
                Optional.empty(),
                Map.of());
    }

    public static Refusal rateLimited(Duration retryAfter) {
        return new Refusal(
                CommonReason.RATE_LIMITED,
                "Too many attempts; try again later.",
                List.of(),
                Optional.of(retryAfter),
                Map.of());
    }

    public static Refusal unauthenticated() {
        return of(CommonReason.UNAUTHENTICATED, "Sign in to do this.");
    }

    public static Refusal forbidden() {
        return of(CommonReason.FORBIDDEN, "You may not do this.");
    }

    public static Refusal notFound() {
        return of(CommonReason.NOT_FOUND, "There is no such resource.");
    }

    /**
     * One invalid field.
     *
     * @param field the field's name, as the client sent it
     * @param message what is wrong with it
     */
    public record FieldProblem(String field, String message) {}

    /**
     * The kind of refusal, each with its stable API code. Each capability names its own reasons in
     * an enum of its own; the interface is sealed, so a mapping that answers every capability
     * answers every reason.
     */
    public sealed interface Reason
            permits CommonReason,
                    IdentityReason,
                    CatalogReason,
                    PricingReason,
                    InventoryReason,
                    OrderReason,
                    PrescriptionReason,
                    PaymentReason {

        /** The reason's name in its capability's enum. */
        String name();

        /**
         * The code clients read in a problem's {@code code} field: the name in lower case. It never
         * changes, so neither does the name ({@code RefusalsTest} pins every code).
         */
        default String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** Hands this reason to the mapping's method for its capability. */
        <T> T mappedBy(ReasonMapping<T> mapping);
    }

    /**
     * Something worked out for every reason, one method per capability, each free to switch
     * exhaustively over its enum: a new capability adds a method here, which every mapping must
     * then answer, and a new reason fails the build of every switch that misses it.
     *
     * @param <T> what a reason maps to
     */
    public interface ReasonMapping<T> {

        T common(CommonReason reason);

        T identity(IdentityReason reason);

        T catalog(CatalogReason reason);

        T pricing(PricingReason reason);

        T inventory(InventoryReason reason);

        T order(OrderReason reason);

        T prescription(PrescriptionReason reason);

        T payment(PaymentReason reason);
    }

    /** Every reason of every capability. */
    public static List<Reason> reasons() {
        return Stream.of(
                        CommonReason.values(),
                        IdentityReason.values(),
                        CatalogReason.values(),
                        PricingReason.values(),
                        InventoryReason.values(),
                        OrderReason.values(),
                        PrescriptionReason.values(),
                        PaymentReason.values())
                .flatMap(Arrays::stream)
                .map(Reason.class::cast)
                .toList();
    }
}
