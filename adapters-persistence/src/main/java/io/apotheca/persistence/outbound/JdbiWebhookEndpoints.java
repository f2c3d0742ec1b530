package io.apotheca.persistence.outbound;

import io.apotheca.application.outbound.port.out.WebhookEndpoints;
import io.apotheca.domain.identity.UserId;
import io.apotheca.domain.webhook.SigningSecrets;
import io.apotheca.domain.webhook.WebhookEndpoint;
import io.apotheca.persistence.JdbiContext;
import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Webhook endpoints in {@code webhook_endpoints}. The signing secrets are kept as they are, since
 * each delivery is signed with them; the database's own access control is what guards them.
 */
public final class JdbiWebhookEndpoints implements WebhookEndpoints {

    private static final String COLUMNS = "id, url, event_types, active, secret, previous_secret,"
            + " previous_secret_until, disabled_reason, created_by, created_at";

    private final JdbiContext db;

    public JdbiWebhookEndpoints(JdbiContext db) {
        this.db = db;
    }

    @Override
    public void add(WebhookEndpoint endpoint) {
        save(endpoint);
    }

    @Override
    public void update(WebhookEndpoint endpoint) {
        save(endpoint);
    }

    /** Writes the endpoint whole: its id, creator and creation never change. */
    private void save(WebhookEndpoint endpoint) {
        db.with(h -> h.createUpdate("INSERT INTO webhook_endpoints (" + COLUMNS + ") VALUES (:id, :url, :types,"
                        + " :active, :secret, :previous, :previousUntil, :disabledReason, :createdBy, :createdAt)"
                        + " ON CONFLICT (id) DO UPDATE SET url = EXCLUDED.url, event_types = EXCLUDED.event_types,"
                        + " active = EXCLUDED.active, secret = EXCLUDED.secret,"
                        + " previous_secret = EXCLUDED.previous_secret,"
                        + " previous_secret_until = EXCLUDED.previous_secret_until,"
                        + " disabled_reason = EXCLUDED.disabled_reason")
                .bind("id", endpoint.id())
                .bind("url", endpoint.url().toString())
                .bindArray("types", String.class, List.copyOf(endpoint.eventTypes()))
                .bind("active", endpoint.active())
                .bind("secret", endpoint.secrets().current())
                .bind("previous", endpoint.secrets().previous().orElse(null))
                .bind("previousUntil", at(endpoint.secrets().previousUntil()))
                .bind("disabledReason", endpoint.disabledReason().orElse(null))
                .bind("createdBy", endpoint.createdBy().value())
                .bind("createdAt", endpoint.createdAt().atOffset(ZoneOffset.UTC))
                .execute());
    }

    @Override
    public Optional<WebhookEndpoint> byId(UUID id) {
        return one("SELECT " + COLUMNS + " FROM webhook_endpoints WHERE id = :id", id);
    }

    @Override
    public Optional<WebhookEndpoint> lockById(UUID id) {
        return one("SELECT " + COLUMNS + " FROM webhook_endpoints WHERE id = :id FOR UPDATE", id);
    }

    @Override
    public List<WebhookEndpoint> all() {
        return db.with(h -> h.createQuery("SELECT " + COLUMNS + " FROM webhook_endpoints ORDER BY created_at DESC, id")
                .map((rs, ctx) -> read(rs))
                .list());
    }

    @Override
    public void delete(UUID id) {
        db.with(h -> h.createUpdate("DELETE FROM webhook_endpoints WHERE id = :id")
                .bind("id", id)
                .execute());
    }

    @Override
    public List<WebhookEndpoint> activeFor(String eventType) {
        return db.with(h -> h.createQuery(
                        "SELECT " + COLUMNS
                                + " FROM webhook_endpoints WHERE active AND event_types @> ARRAY[CAST(:type AS text)] ORDER BY id")
                .bind("type", eventType)
                .map((rs, ctx) -> read(rs))
                .list());
    }

    private Optional<WebhookEndpoint> one(String sql, UUID id) {
        return db.with(h ->
                h.createQuery(sql).bind("id", id).map((rs, ctx) -> read(rs)).findOne());
    }

    private static OffsetDateTime at(Optional<Instant> instant) {
        return instant.map(i -> i.atOffset(ZoneOffset.UTC)).orElse(null);
    }

    private static WebhookEndpoint read(ResultSet rs) throws SQLException {
        Optional<String> previous = Optional.ofNullable(rs.getString("previous_secret"));
        Optional<Instant> previousUntil = Optional.ofNullable(
                        rs.getObject("previous_secret_until", OffsetDateTime.class))
                .map(OffsetDateTime::toInstant);
        return new WebhookEndpoint(
                rs.getObject("id", UUID.class),
                URI.create(rs.getString("url")),
                Set.of((String[]) rs.getArray("event_types").getArray()),
                rs.getBoolean("active"),
                new SigningSecrets(rs.getString("secret"), previous, previousUntil),
                Optional.ofNullable(rs.getString("disabled_reason")),
                new UserId(rs.getObject("created_by", UUID.class)),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
