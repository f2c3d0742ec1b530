package io.apotheca.application.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import io.apotheca.application.pricing.port.out.ShippingOptions;
import io.apotheca.application.shared.port.out.Transactions;
import io.apotheca.domain.pricing.ShippingOption;
import io.apotheca.domain.pricing.ShippingOptionId;
import io.apotheca.domain.shared.Money;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every store of shipping options must do, whatever keeps them. The in-memory fake and the
 * PostgreSQL store each extend this class.
 */
public abstract class ShippingOptionsContract {

    private static final Instant AT = Instant.parse("2026-11-30T09:00:00Z");

    /** The store under test, with no option stored yet. */
    protected abstract ShippingOptions options();

    /** The transactions the store's locks last for. */
    protected abstract Transactions transactions();

    @Test
    void an_option_reads_back_with_or_without_its_free_shipping_threshold_and_an_unknown_one_is_absent() {
        ShippingOption post = option("Standard post", 495, Optional.of(5000L), true);
        ShippingOption courier = option("Courier", 1200, Optional.empty(), false);

        options().add(post, AT);
        options().add(courier, AT);

        assertThat(options().byId(post.id())).contains(post);
        assertThat(options().byId(courier.id())).contains(courier);
        assertThat(options().byId(new ShippingOptionId(UUID.randomUUID()))).isEmpty();
        transactions().inTransaction(() -> {
            assertThat(options().lock(post.id())).contains(post);
            assertThat(options().lock(new ShippingOptionId(UUID.randomUUID()))).isEmpty();
            return null;
        });
    }

    @Test
    void an_update_changes_a_stored_option_and_never_creates_one() {
        ShippingOption post = option("Standard post", 495, Optional.of(5000L), true);
        options().add(post, AT);
        ShippingOption changed =
                new ShippingOption(post.id(), "Tracked post", Money.of(0, "EUR"), Optional.empty(), false);
        ShippingOption unknown = option("Drone", 999, Optional.empty(), true);

        options().update(changed, AT.plusSeconds(60));
        options().update(unknown, AT.plusSeconds(60));

        assertThat(options().byId(post.id())).contains(changed);
        assertThat(options().byId(unknown.id())).isEmpty();
        assertThat(options().list(true)).containsExactly(changed);
    }

    @Test
    void options_are_listed_cheapest_first_and_at_equal_prices_by_id() {
        ShippingOption dear = option("Courier", 1200, Optional.empty(), true);
        ShippingOption cheapLowId = option(idStartingWith('0'), "Post", 495, true);
        ShippingOption cheapHighId = option(idStartingWith('f'), "Letter", 495, true);
        ShippingOption free = option("Pick-up", 0, Optional.empty(), true);
        for (ShippingOption option : List.of(dear, cheapHighId, free, cheapLowId)) {
            options().add(option, AT);
        }

        assertThat(options().list(false)).containsExactly(free, cheapLowId, cheapHighId, dear);
    }

    @Test
    void inactive_options_are_kept_and_listed_only_when_asked_for_and_offer_no_choice() {
        ShippingOption post = option("Post", 495, Optional.empty(), true);
        ShippingOption courier = option("Courier", 1200, Optional.empty(), false);

        assertThat(options().anyActive()).isFalse();
        options().add(courier, AT);
        assertThat(options().anyActive()).isFalse();
        options().add(post, AT);
        assertThat(options().anyActive()).isTrue();
        assertThat(options().list(false)).containsExactly(post);
        assertThat(options().list(true)).containsExactly(post, courier);

        options()
                .update(
                        new ShippingOption(post.id(), "Post", post.price(), Optional.empty(), false),
                        AT.plusSeconds(60));

        assertThat(options().anyActive()).isFalse();
        assertThat(options().list(false)).isEmpty();
        assertThat(options().list(true)).hasSize(2);
    }

    private static ShippingOption option(String name, long price, Optional<Long> freeOver, boolean active) {
        return new ShippingOption(
                new ShippingOptionId(UUID.randomUUID()),
                name,
                Money.of(price, "EUR"),
                freeOver.map(minor -> Money.of(minor, "EUR")),
                active);
    }

    private static ShippingOption option(ShippingOptionId id, String name, long price, boolean active) {
        return new ShippingOption(id, name, Money.of(price, "EUR"), Optional.empty(), active);
    }

    /** A random id whose first hex digit is given, so that PostgreSQL's byte order of ids is known. */
    private static ShippingOptionId idStartingWith(char digit) {
        return new ShippingOptionId(
                UUID.fromString(digit + UUID.randomUUID().toString().substring(1)));
    }
}
