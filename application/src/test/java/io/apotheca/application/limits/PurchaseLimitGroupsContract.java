package io.apotheca.application.limits;

import static org.assertj.core.api.Assertions.assertThat;

import io.apotheca.application.limits.port.out.PurchaseLimitGroups;
import io.apotheca.application.limits.port.out.PurchaseLimitGroups.Stored;
import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.limits.PurchaseLimitGroup;
import io.apotheca.domain.limits.WindowRule;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link PurchaseLimitGroups} store must do. Each adapter's test extends this class and
 * says how to make the store and a product that can be put in a group.
 */
public abstract class PurchaseLimitGroupsContract {

    private static final WindowRule DAILY = new WindowRule(3_600, Duration.ofDays(1));
    private static final WindowRule MONTHLY = new WindowRule(9_000, Duration.ofDays(30));

    protected abstract PurchaseLimitGroups store();

    /** A product of the catalog (and whose id a store may need to exist). */
    protected abstract ProductId newProduct();

    @Test
    void a_group_reads_back_whole_with_its_rules_in_order_and_its_products() {
        ProductId big = newProduct();
        ProductId small = newProduct();
        UUID id = UUID.randomUUID();
        PurchaseLimitGroup group =
                new PurchaseLimitGroup(name("CMEA"), "mg", List.of(DAILY, MONTHLY), Map.of(big, 1_440L, small, 720L));

        store().save(id, group);

        assertThat(store().byId(id)).contains(new Stored(id, group));
        assertThat(store().all()).contains(new Stored(id, group));
        assertThat(store().byId(UUID.randomUUID())).isEmpty();
    }

    @Test
    void saving_again_replaces_the_rules_and_the_products_whole() {
        ProductId kept = newProduct();
        ProductId dropped = newProduct();
        UUID id = UUID.randomUUID();
        store().save(
                        id,
                        new PurchaseLimitGroup(
                                name("CMEA"), "mg", List.of(DAILY, MONTHLY), Map.of(kept, 1L, dropped, 2L)));
        PurchaseLimitGroup changed =
                new PurchaseLimitGroup(name("Paracetamol packs"), "packs", List.of(MONTHLY), Map.of(kept, 3L));

        store().save(id, changed);

        assertThat(store().byId(id)).contains(new Stored(id, changed));
        assertThat(store().containing(List.of(dropped))).isEmpty();
    }

    @Test
    void the_groups_containing_some_products_are_found_and_no_others() {
        ProductId limited = newProduct();
        ProductId alsoLimited = newProduct();
        ProductId free = newProduct();
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        store().save(first, new PurchaseLimitGroup(name("A"), "mg", List.of(DAILY), Map.of(limited, 10L)));
        store().save(second, new PurchaseLimitGroup(name("B"), "mg", List.of(DAILY), Map.of(alsoLimited, 10L)));

        assertThat(store().containing(List.of(limited, free)))
                .extracting(Stored::id)
                .containsExactly(first);
        assertThat(store().containing(List.of(limited, alsoLimited)))
                .extracting(Stored::id)
                .containsExactlyInAnyOrder(first, second);
        assertThat(store().containing(List.of(free))).isEmpty();
        assertThat(store().containing(List.of())).isEmpty();
    }

    @Test
    void a_deleted_group_is_gone_with_its_rules_and_products() {
        ProductId product = newProduct();
        UUID id = UUID.randomUUID();
        store().save(id, new PurchaseLimitGroup(name("Gone"), "mg", List.of(DAILY), Map.of(product, 10L)));

        assertThat(store().delete(id)).isTrue();
        assertThat(store().delete(id)).isFalse();
        assertThat(store().byId(id)).isEmpty();
        assertThat(store().containing(List.of(product))).isEmpty();
    }

    /** A name no other test's group has: names are unique. */
    private static String name(String base) {
        return base + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
