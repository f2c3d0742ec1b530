package io.apotheca.persistence.identity;

import io.apotheca.application.identity.port.out.Users;
import io.apotheca.domain.identity.Email;
import io.apotheca.domain.identity.PasswordHash;
import io.apotheca.domain.identity.Role;
import io.apotheca.domain.identity.User;
import io.apotheca.domain.identity.UserId;
import io.apotheca.persistence.JdbiContext;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.statement.StatementContext;

/** Accounts in the {@code users} table; the unique e-mail index refuses a second account. */
public final class JdbiUsers implements Users {

    private static final String COLUMNS =
            "id, email, full_name, role, active, password_hash, created_at, email_verified_at, deleted_at";

    private final JdbiContext db;

    public JdbiUsers(JdbiContext db) {
        this.db = db;
    }

    @Override
    public Optional<User> byId(UserId id) {
        return db.with(h -> h.createQuery("SELECT " + COLUMNS + " FROM users WHERE id = :id")
                .bind("id", id.value())
                .map(JdbiUsers::map)
                .findOne());
    }

    @Override
    public Optional<User> lock(UserId id) {
        return db.with(h -> h.createQuery("SELECT " + COLUMNS + " FROM users WHERE id = :id FOR UPDATE")
                .bind("id", id.value())
                .map(JdbiUsers::map)
                .findOne());
    }

    @Override
    public Optional<User> byEmail(Email email) {
        return db.with(h -> h.createQuery("SELECT " + COLUMNS + " FROM users WHERE email = :email")
                .bind("email", email.value())
                .map(JdbiUsers::map)
                .findOne());
    }

    @Override
    public boolean add(User user) {
        return db.with(h -> h.createUpdate("""
                                INSERT INTO users (id, email, full_name, role, active, password_hash, created_at,
                                                   updated_at, email_verified_at)
                                VALUES (:id, :email, :fullName, :role, :active, :hash, :createdAt, :createdAt,
                                        :verifiedAt)
                                ON CONFLICT DO NOTHING""")
                        .bind("id", user.id().value())
                        .bind("email", user.email().value())
                        .bind("fullName", user.fullName())
                        .bind("role", user.role().name())
                        .bind("active", user.active())
                        .bind("hash", user.passwordHash().phc())
                        .bind("createdAt", user.createdAt().atOffset(java.time.ZoneOffset.UTC))
                        .bind("verifiedAt", utc(user.emailVerifiedAt()))
                        .execute())
                == 1;
    }

    @Override
    public void update(User user) {
        db.with(h -> h.createUpdate("""
                        UPDATE users SET email = :email, full_name = :fullName, role = :role, active = :active,
                               password_hash = :hash, email_verified_at = :verifiedAt, deleted_at = :deletedAt,
                               updated_at = now()
                        WHERE id = :id""")
                .bind("email", user.email().value())
                .bind("verifiedAt", utc(user.emailVerifiedAt()))
                .bind("deletedAt", utc(user.deletedAt()))
                .bind("id", user.id().value())
                .bind("fullName", user.fullName())
                .bind("role", user.role().name())
                .bind("active", user.active())
                .bind("hash", user.passwordHash().phc())
                .execute());
    }

    private static User map(ResultSet row, StatementContext ctx) throws SQLException {
        return new User(
                new UserId(row.getObject("id", UUID.class)),
                new Email(row.getString("email")),
                row.getString("full_name"),
                Role.valueOf(row.getString("role")),
                row.getBoolean("active"),
                new PasswordHash(row.getString("password_hash")),
                instant(row, "created_at"),
                Optional.ofNullable(instant(row, "email_verified_at")),
                Optional.ofNullable(instant(row, "deleted_at")));
    }

    private static OffsetDateTime utc(Optional<Instant> at) {
        return at.map(instant -> instant.atOffset(java.time.ZoneOffset.UTC)).orElse(null);
    }

    static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
