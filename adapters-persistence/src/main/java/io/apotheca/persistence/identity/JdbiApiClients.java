package io.apotheca.persistence.identity;

import io.apotheca.application.identity.port.out.ApiClients;
import io.apotheca.domain.identity.ApiClient;
import io.apotheca.domain.identity.UserId;
import io.apotheca.persistence.JdbiContext;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Prescribers' systems in {@code api_clients}, one row each, its secret kept as a SHA-256. */
public final class JdbiApiClients implements ApiClients {

    private static final String COLUMNS = "id, name, secret_hash, created_at, created_by, revoked_at, revoked_by";

    private final JdbiContext db;

    public JdbiApiClients(JdbiContext db) {
        this.db = db;
    }

    @Override
    public void add(ApiClient client) {
        db.with(h -> h.createUpdate("INSERT INTO api_clients (id, name, secret_hash, created_at, created_by)"
                        + " VALUES (:id, :name, :hash, :at, :by)")
                .bind("id", client.id())
                .bind("name", client.name())
                .bind("hash", client.secretHash())
                .bind("at", client.registered().at().atOffset(ZoneOffset.UTC))
                .bind("by", client.registered().by().value())
                .execute());
    }

    @Override
    public Optional<ApiClient> byId(UUID id) {
        return db.with(h -> h.createQuery("SELECT " + COLUMNS + " FROM api_clients WHERE id = :id")
                .bind("id", id)
                .map((rs, ctx) -> read(rs))
                .findOne());
    }

    @Override
    public List<ApiClient> all() {
        return db.with(h -> h.createQuery("SELECT " + COLUMNS + " FROM api_clients ORDER BY created_at DESC, id")
                .map((rs, ctx) -> read(rs))
                .list());
    }

    @Override
    public void update(ApiClient client) {
        Optional<ApiClient.Decision> revoked = client.revoked();
        db.with(h -> h.createUpdate("UPDATE api_clients SET revoked_at = :at, revoked_by = :by WHERE id = :id")
                .bind("id", client.id())
                .bind("at", revoked.map(r -> r.at().atOffset(ZoneOffset.UTC)).orElse(null))
                .bind("by", revoked.map(r -> r.by().value()).orElse(null))
                .execute());
    }

    private static ApiClient read(ResultSet rs) throws SQLException {
        OffsetDateTime revokedAt = rs.getObject("revoked_at", OffsetDateTime.class);
        return new ApiClient(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                rs.getString("secret_hash"),
                new ApiClient.Decision(
                        new UserId(rs.getObject("created_by", UUID.class)),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant()),
                revokedAt == null
                        ? Optional.empty()
                        : Optional.of(new ApiClient.Decision(
                                new UserId(rs.getObject("revoked_by", UUID.class)), revokedAt.toInstant())));
    }
}
