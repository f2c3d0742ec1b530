package io.apotheca.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.apotheca.application.shared.IdempotentRequests;
import io.apotheca.application.shared.IdempotentRequests.KeyReused;
import io.apotheca.application.shared.IdempotentRequests.Respond;
import io.apotheca.application.shared.IdempotentRequests.Result;
import io.apotheca.application.shared.IdempotentRequests.StillRunning;
import io.apotheca.application.shared.port.out.IdempotencyKeys;
import io.apotheca.application.shared.port.out.IdempotencyKeys.StoredResponse;
import io.apotheca.domain.identity.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Idempotency-Key mechanism on real PostgreSQL. */
class IdempotentRequestsIT {

    @RegisterExtension
    static final OpenPersistence postgres = new OpenPersistence();

    private static final StoredResponse CREATED = new StoredResponse(201, "application/json", "{\"id\":\"order-1\"}");

    private static PostgresPersistence persistence;
    private static IdempotencyKeys keys;
    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-21T12:00:00Z"));
    private final IdempotentRequests requests = new IdempotentRequests(keys, clock);
    private final UserId customer = new UserId(UUID.randomUUID());

    @BeforeAll
    static void open() {
        keys = persistence.idempotencyKeys();
    }

    @Test
    void the_same_key_and_request_replay_the_first_response_without_running_again() {
        AtomicInteger runs = new AtomicInteger();

        Result first = requests.run(customer, "POST /orders", "key-1", "fp-a", () -> counted(runs, CREATED));
        Result second = requests.run(customer, "POST /orders", "key-1", "fp-a", () -> counted(runs, CREATED));

        assertThat(first).isEqualTo(new Respond(CREATED));
        assertThat(second).isEqualTo(new Respond(CREATED));
        assertThat(runs).hasValue(1);
    }

    @Test
    void the_same_key_with_another_request_is_refused() {
        requests.run(customer, "POST /orders", "key-2", "fp-a", () -> CREATED);

        assertThat(requests.run(customer, "POST /orders", "key-2", "fp-b", () -> CREATED))
                .isInstanceOf(KeyReused.class);
    }

    @Test
    void keys_belong_to_one_customer_and_one_endpoint() {
        AtomicInteger runs = new AtomicInteger();
        requests.run(customer, "POST /orders", "key-3", "fp-a", () -> counted(runs, CREATED));

        requests.run(new UserId(UUID.randomUUID()), "POST /orders", "key-3", "fp-a", () -> counted(runs, CREATED));
        requests.run(customer, "POST /orders/{id}/payment", "key-3", "fp-a", () -> counted(runs, CREATED));

        assertThat(runs).hasValue(3);
    }

    @Test
    void of_ten_parallel_requests_with_one_key_exactly_one_runs_and_the_others_hear_it_is_still_running()
            throws Exception {
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Callable<Result>> calls = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                calls.add(() -> requests.run(customer, "POST /orders", "key-4", "fp-a", () -> {
                    runs.incrementAndGet();
                    await(release);
                    return CREATED;
                }));
            }
            List<Future<Result>> futures = new ArrayList<>();
            for (Callable<Result> call : calls) {
                futures.add(pool.submit(call));
            }
            Thread.sleep(1_000); // every request has claimed or been refused by now
            release.countDown();
            List<Result> results = new ArrayList<>();
            for (Future<Result> future : futures) {
                results.add(future.get());
            }

            assertThat(runs).hasValue(1);
            assertThat(results).filteredOn(r -> r instanceof Respond).hasSize(1);
            assertThat(results).filteredOn(r -> r instanceof StillRunning).hasSize(9);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_command_that_fails_gives_the_key_back_so_a_retry_runs() {
        assertThatThrownBy(() -> requests.run(customer, "POST /orders", "key-5", "fp-a", () -> {
                    throw new IllegalStateException("database went away");
                }))
                .isInstanceOf(IllegalStateException.class);

        assertThat(requests.run(customer, "POST /orders", "key-5", "fp-a", () -> CREATED))
                .isEqualTo(new Respond(CREATED));
    }

    @Test
    void a_claim_whose_command_died_is_taken_over_after_its_lease_and_a_key_is_forgotten_after_a_day() {
        keys.claim(
                customer,
                "POST /orders",
                "key-6",
                "fp-a",
                clock.instant(),
                IdempotentRequests.LEASE,
                IdempotentRequests.RETENTION);
        assertThat(requests.run(customer, "POST /orders", "key-6", "fp-a", () -> CREATED))
                .isInstanceOf(StillRunning.class);

        clock.advance(IdempotentRequests.LEASE.plusSeconds(1));
        assertThat(requests.run(customer, "POST /orders", "key-6", "fp-a", () -> CREATED))
                .isEqualTo(new Respond(CREATED));

        clock.advance(IdempotentRequests.RETENTION);
        assertThat(requests.run(customer, "POST /orders", "key-6", "fp-other", () -> CREATED))
                .as("an expired key is free for any request")
                .isEqualTo(new Respond(CREATED));
    }

    private static StoredResponse counted(AtomicInteger runs, StoredResponse response) {
        runs.incrementAndGet();
        return response;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
