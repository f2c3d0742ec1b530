package io.apotheca.redis;

import io.apotheca.application.shared.ChangeListeners;
import io.apotheca.application.shared.port.out.ChangeBroadcast;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPubSub;
import redis.clients.jedis.RedisClient;

/**
 * Changes announced through Redis pub/sub, on one channel per key prefix. A thread of its own stays
 * subscribed on a connection of its own, outside the pool (and subscribes again on a new one, every
 * {@value #RETRY_MILLIS} ms, after a failure). Every {@link ChangeListeners#HEARTBEAT_MILLIS} ms each
 * instance publishes a heartbeat on the channel; any message that arrives proves the whole path
 * (publish, Redis, subscription) alive, so a subscription that hears nothing is taken for lost within
 * a second.
 */
final class RedisChangeBroadcast implements ChangeBroadcast, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RedisChangeBroadcast.class);
    private static final long RETRY_MILLIS = 250;
    private static final long SILENT_MILLIS = 3_000;

    private static final String HEARTBEAT = "HEARTBEAT:";

    private final RedisClient redis;
    private final Supplier<Jedis> connect;
    private final String channel;
    private final ChangeListeners listeners = new ChangeListeners();
    private final Thread subscriber;
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "apotheca-broadcast-heartbeat");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Jedis subscribed;
    private volatile long subscribedAt;
    private final BlockingDeque<String> unsent = new LinkedBlockingDeque<>(10_000);
    private volatile boolean closed;

    RedisChangeBroadcast(RedisClient redis, Supplier<Jedis> connect, String keyPrefix) {
        this.redis = redis;
        this.connect = connect;
        this.channel = keyPrefix + "changes";
        this.subscriber = new Thread(this::subscribeWhileOpen, "apotheca-broadcast");
        subscriber.setDaemon(true);
    }

    /** Subscribes, and sends heartbeats from now on. */
    RedisChangeBroadcast start() {
        subscriber.start();
        heartbeat.scheduleAtFixedRate(this::beat, 0, ChangeListeners.HEARTBEAT_MILLIS, TimeUnit.MILLISECONDS);
        return this;
    }

    @Override
    public void announce(Change change) {
        listeners.deliver(change);
        if (!unsent.isEmpty() || !publish(change.text())) {
            LOG.warn("could not announce {} to the other instances yet; trying again with the heartbeat", change);
            if (!unsent.offerLast(change.text())) {
                LOG.error("too many changes waiting to be announced; {} is not sent", change);
            }
        }
    }

    private boolean publish(String text) {
        try {
            redis.publish(channel, text);
            return true;
        } catch (RuntimeException e) {
            LOG.debug("could not publish {}", text, e);
            return false;
        }
    }

    @Override
    public void listen(Listener listener) {
        listeners.add(listener);
    }

    @Override
    public boolean live() {
        return listeners.live();
    }

    private void subscribeWhileOpen() {
        boolean warned = false;
        while (!closed) {
            JedisPubSub pubSub = new JedisPubSub() {
                @Override
                public void onMessage(String name, String message) {
                    listeners.received(message);
                }
            };
            try (Jedis connection = connect.get()) {
                subscribedAt = System.nanoTime();
                subscribed = connection;
                connection.subscribe(pubSub, channel);
            } catch (RuntimeException e) {
                if (!warned && !closed) {
                    LOG.warn("lost the change broadcast; every read goes to the database until it is back", e);
                    warned = true;
                }
            }
            subscribed = null;
            listeners.lost();
            pause();
        }
    }

    /**
     * Sends what could not be announced before, then the heartbeat; closes a subscription that has
     * heard nothing for {@value #SILENT_MILLIS} ms (a half-open connection would wait forever), so
     * that the subscriber connects again.
     */
    private void beat() {
        for (String text = unsent.peekFirst(); text != null && publish(text); text = unsent.peekFirst()) {
            unsent.pollFirst();
        }
        try {
            redis.publish(channel, HEARTBEAT);
        } catch (RuntimeException e) {
            LOG.debug("no heartbeat sent", e); // heard by nobody, so every instance stops trusting the channel
        }
        Jedis connection = subscribed;
        if (connection != null
                && listeners.silentMillis() > SILENT_MILLIS
                && TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - subscribedAt) > SILENT_MILLIS) {
            connection.close();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(RETRY_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        closed = true;
        heartbeat.shutdownNow();
        Jedis connection = subscribed;
        if (connection != null) {
            connection.close(); // ends the subscriber's read
        }
    }
}
