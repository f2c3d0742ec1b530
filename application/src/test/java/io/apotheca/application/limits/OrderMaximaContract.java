package io.apotheca.application.limits;

import static org.assertj.core.api.Assertions.assertThat;

import io.apotheca.application.limits.port.out.OrderMaxima;
import io.apotheca.application.limits.port.out.OrderMaxima.Maximum;
import io.apotheca.domain.catalog.ProductId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What every {@link OrderMaxima} store must do; each adapter's test says how to make it and a product. */
public abstract class OrderMaximaContract {

    protected abstract OrderMaxima store();

    protected abstract ProductId newProduct();

    @Test
    void a_maximum_is_set_replaced_read_for_the_products_asked_and_removed() {
        ProductId limited = newProduct();
        ProductId other = newProduct();
        ProductId free = newProduct();

        store().set(new Maximum(limited, 3));
        store().set(new Maximum(other, 5));
        store().set(new Maximum(limited, 2));

        assertThat(store().of(List.of(limited, free))).isEqualTo(Map.of(limited, 2));
        assertThat(store().all()).contains(new Maximum(limited, 2), new Maximum(other, 5));
        assertThat(store().of(List.of())).isEmpty();
        assertThat(store().remove(limited)).isTrue();
        assertThat(store().remove(limited)).isFalse();
        assertThat(store().of(List.of(limited, other))).isEqualTo(Map.of(other, 5));
    }
}
