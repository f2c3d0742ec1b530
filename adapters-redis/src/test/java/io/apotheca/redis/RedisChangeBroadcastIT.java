package io.apotheca.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.apotheca.application.shared.port.out.ChangeBroadcast;
import io.apotheca.application.shared.port.out.ChangeBroadcast.Change;
import io.apotheca.application.shared.port.out.ChangeBroadcast.Kind;
import io.apotheca.testsupport.RedisExtension;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.args.ClientType;
import redis.clients.jedis.params.ClientKillParams;

/** Two instances on one Redis tell each other what changed; a lost subscription is noticed and mended. */
class RedisChangeBroadcastIT {

    @RegisterExtension
    static final RedisExtension redis = new RedisExtension();

    private static RedisAdapters instance() {
        return RedisAdapters.connect(
                new RedisSettings(URI.create(redis.redis().url()), redis.redis().keyPrefix()));
    }

    /** What a listener was told. */
    private static final class Heard implements ChangeBroadcast.Listener {
        final List<Change> changes = new CopyOnWriteArrayList<>();
        final AtomicInteger forgotAll = new AtomicInteger();

        @Override
        public void changed(Change change) {
            changes.add(change);
        }

        @Override
        public void forgetAll() {
            forgotAll.incrementAndGet();
        }
    }

    @Test
    void a_change_announced_on_one_instance_reaches_the_other_within_a_second() {
        try (RedisAdapters first = instance();
                RedisAdapters second = instance()) {
            ChangeBroadcast announcing = first.changeBroadcast();
            ChangeBroadcast hearing = second.changeBroadcast();
            Heard here = new Heard();
            Heard there = new Heard();
            announcing.listen(here);
            hearing.listen(there);
            await().atMost(Duration.ofSeconds(3)).until(() -> announcing.live() && hearing.live());

            Change change = Change.of(Kind.SESSION, UUID.randomUUID());
            announcing.announce(change);

            assertThat(here.changes).as("told here before announce returns").contains(change);
            await().atMost(Duration.ofSeconds(1)).until(() -> there.changes.contains(change));
        }
    }

    @Test
    void a_killed_subscription_is_noticed_everything_is_forgotten_and_it_comes_back() {
        try (RedisAdapters adapters = instance();
                Jedis admin = new Jedis(URI.create(redis.redis().url()))) {
            ChangeBroadcast broadcast = adapters.changeBroadcast();
            Heard heard = new Heard();
            broadcast.listen(heard);
            await().atMost(Duration.ofSeconds(3)).until(broadcast::live);
            int forgottenBefore = heard.forgotAll.get();

            admin.clientKill(new ClientKillParams().type(ClientType.PUBSUB));

            await().atMost(Duration.ofSeconds(3))
                    .until(() -> heard.forgotAll.get() > forgottenBefore && broadcast.live());
            Change change = Change.all(Kind.TAX_RATES);
            try (RedisAdapters other = instance()) {
                other.changeBroadcast().announce(change);
            }
            await().atMost(Duration.ofSeconds(1)).until(() -> heard.changes.contains(change));
        }
    }

    @Test
    void without_redis_the_broadcast_is_never_live() throws InterruptedException {
        try (RedisAdapters absent =
                RedisAdapters.connect(new RedisSettings(URI.create("redis://127.0.0.1:1"), "absent:"))) {
            ChangeBroadcast broadcast = absent.changeBroadcast();
            Thread.sleep(500);
            assertThat(broadcast.live()).isFalse();
            broadcast.announce(Change.all(Kind.TAX_RATES)); // logged, never thrown
        }
    }
}
