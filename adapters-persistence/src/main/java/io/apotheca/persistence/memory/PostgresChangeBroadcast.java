package io.apotheca.persistence.memory;

import io.apotheca.application.shared.ChangeListeners;
import io.apotheca.application.shared.port.out.ChangeBroadcast;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.LinkedBlockingDeque;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Changes announced through PostgreSQL's {@code LISTEN}/{@code NOTIFY}, for instances without Redis.
 * One thread keeps a connection of its own (outside the pool): it listens, sends what this instance
 * announces, and asks {@code SELECT 1} every {@link ChangeListeners#HEARTBEAT_MILLIS} ms as proof
 * that the channel works. When the connection fails it connects again every {@value #RETRY_MILLIS}
 * ms; until then the channel is not live.
 */
public final class PostgresChangeBroadcast implements ChangeBroadcast, AutoCloseable {

    /** Connects the broadcast's own connection. */
    @FunctionalInterface
    public interface Connector {
        Connection connect() throws SQLException;
    }

    static final String CHANNEL = "apotheca_changes";
    private static final Logger LOG = LoggerFactory.getLogger(PostgresChangeBroadcast.class);
    private static final long RETRY_MILLIS = 250;
    private static final int MAX_WAITING = 10_000;

    private final Connector connector;
    private final ChangeListeners listeners = new ChangeListeners();
    private final BlockingDeque<String> outgoing = new LinkedBlockingDeque<>(MAX_WAITING);
    private final Thread worker;
    private volatile boolean closed;

    public PostgresChangeBroadcast(Connector connector) {
        this.connector = connector;
        this.worker = new Thread(this::listenWhileOpen, "apotheca-broadcast");
        worker.setDaemon(true);
    }

    public PostgresChangeBroadcast start() {
        worker.start();
        return this;
    }

    @Override
    public void announce(Change change) {
        listeners.deliver(change);
        if (!outgoing.offer(change.text())) {
            LOG.error("too many changes waiting to be announced; {} is not sent", change);
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

    private void listenWhileOpen() {
        boolean warned = false;
        while (!closed) {
            try (Connection connection = connector.connect()) {
                connection.setAutoCommit(true);
                try (Statement listen = connection.createStatement()) {
                    listen.execute("LISTEN " + CHANNEL);
                }
                warned = false;
                serve(connection);
            } catch (SQLException | RuntimeException e) {
                if (!warned && !closed) {
                    LOG.warn("lost the change broadcast; every read goes to the database until it is back", e);
                    warned = true;
                }
            }
            listeners.lost();
            pause();
        }
    }

    /** Until the connection fails: sends what waits, hands on what arrived, proves the channel. */
    private void serve(Connection connection) throws SQLException {
        PGConnection postgres = connection.unwrap(PGConnection.class);
        try (PreparedStatement notify = connection.prepareStatement("SELECT pg_notify('" + CHANNEL + "', ?)");
                PreparedStatement alive = connection.prepareStatement("SELECT 1")) {
            while (!closed) {
                for (String text = outgoing.poll(); text != null; text = outgoing.poll()) {
                    try {
                        notify.setString(1, text);
                        notify.execute();
                    } catch (SQLException e) {
                        outgoing.offerFirst(text); // sent on the next connection
                        throw e;
                    }
                }
                alive.execute();
                listeners.proof();
                PGNotification[] arrived = postgres.getNotifications((int) ChangeListeners.HEARTBEAT_MILLIS);
                if (arrived != null) {
                    for (PGNotification notification : arrived) {
                        listeners.received(notification.getParameter());
                    }
                }
            }
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
        worker.interrupt();
    }
}
