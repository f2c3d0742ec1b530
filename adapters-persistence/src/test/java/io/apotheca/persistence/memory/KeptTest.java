package io.apotheca.persistence.memory;

import static org.assertj.core.api.Assertions.assertThat;

import io.apotheca.application.shared.port.out.ChangeBroadcast;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** What is kept, when: never while not live or inside a transaction, and never a read older than a forgetting. */
class KeptTest {

    private final AtomicBoolean live = new AtomicBoolean(true);
    private final AtomicBoolean inTransaction = new AtomicBoolean();
    private final Kept<String, String> kept = new Kept<>(broadcast(), inTransaction::get, 10, Duration.ofMinutes(10));
    private final AtomicInteger loads = new AtomicInteger();

    private String load(String key) {
        loads.incrementAndGet();
        return key + "@" + loads.get();
    }

    @Test
    void a_value_is_kept_while_live_and_outside_a_transaction() {
        assertThat(kept.get("a", this::load)).isEqualTo("a@1");
        assertThat(kept.get("a", this::load)).isEqualTo("a@1");

        inTransaction.set(true);
        assertThat(kept.get("a", this::load))
                .as("a transaction reads the database")
                .isEqualTo("a@2");
        inTransaction.set(false);
        live.set(false);
        assertThat(kept.get("a", this::load)).as("not live: the database").isEqualTo("a@3");
        live.set(true);
        assertThat(kept.get("a", this::load)).as("what was kept before").isEqualTo("a@1");
    }

    @Test
    void a_read_in_flight_while_many_are_forgotten_is_not_kept() throws Exception {
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch forgotten = new CountDownLatch(1);
        CompletableFuture<String> slow = CompletableFuture.supplyAsync(() -> kept.get("a", key -> {
            reading.countDown();
            try {
                forgotten.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "old";
        }));
        assertThat(reading.await(5, TimeUnit.SECONDS)).isTrue();

        kept.forgetIf(value -> true);
        forgotten.countDown();

        assertThat(slow.get(5, TimeUnit.SECONDS)).isEqualTo("old");
        assertThat(kept.get("a", this::load))
                .as("read again, not the old value")
                .isEqualTo("a@1");
    }

    @Test
    void a_bulk_read_begun_before_a_forgetting_is_not_kept() {
        long since = kept.generation();
        kept.forgetAll();
        kept.put("a", "old", since);

        assertThat(kept.peek("a")).isNull();
        kept.put("a", "new", kept.generation());
        assertThat(kept.peek("a")).isEqualTo("new");
    }

    private ChangeBroadcast broadcast() {
        return new ChangeBroadcast() {
            @Override
            public void announce(Change change) {}

            @Override
            public void listen(Listener listener) {}

            @Override
            public boolean live() {
                return live.get();
            }
        };
    }
}
