package io.apotheca.persistence;

import io.apotheca.application.shared.KeyCompletion;
import io.apotheca.application.shared.port.out.IdempotencyKeys;
import io.apotheca.domain.identity.UserId;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Idempotency-Keys in {@code idempotency_keys}. Every call runs in a transaction of its own, never
 * the command's: a claim must be visible to a concurrent request before the command starts.
 */
final class JdbiIdempotencyKeys implements IdempotencyKeys {

    private final Jdbi jdbi;

    JdbiIdempotencyKeys(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Claim claim(
            UserId user,
            String scope,
            String key,
            String fingerprint,
            Instant now,
            Duration lease,
            Duration retention) {
        return ConnectionFailures.translated(() -> jdbi.inTransaction(h -> {
            int inserted = h.createUpdate("""
                            INSERT INTO idempotency_keys (user_id, scope, key, fingerprint, state, created_at, lease_until, expires_at)
                            VALUES (:user, :scope, :key, :fingerprint, 'IN_FLIGHT', :now, :lease, :expires)
                            ON CONFLICT DO NOTHING""")
                    .bind("user", user.value())
                    .bind("scope", scope)
                    .bind("key", key)
                    .bind("fingerprint", fingerprint)
                    .bind("now", now.atOffset(ZoneOffset.UTC))
                    .bind("lease", now.plus(lease).atOffset(ZoneOffset.UTC))
                    .bind("expires", now.plus(retention).atOffset(ZoneOffset.UTC))
                    .execute();
            if (inserted == 1) {
                return new Claimed();
            }
            // the key exists: take it over if it expired, or if its command died holding it
            int takenOver = h.createUpdate("""
                            UPDATE idempotency_keys
                            SET fingerprint = :fingerprint, state = 'IN_FLIGHT', response_status = NULL,
                                response_type = NULL, response_body = NULL, created_at = :now,
                                lease_until = :lease, expires_at = :expires
                            WHERE user_id = :user AND scope = :scope AND key = :key
                              AND (expires_at <= :now
                                   OR (state = 'IN_FLIGHT' AND lease_until <= :now AND fingerprint = :fingerprint))""")
                    .bind("user", user.value())
                    .bind("scope", scope)
                    .bind("key", key)
                    .bind("fingerprint", fingerprint)
                    .bind("now", now.atOffset(ZoneOffset.UTC))
                    .bind("lease", now.plus(lease).atOffset(ZoneOffset.UTC))
                    .bind("expires", now.plus(retention).atOffset(ZoneOffset.UTC))
                    .execute();
            if (takenOver == 1) {
                return new Claimed();
            }
            Optional<Claim> existing = h.createQuery("""
                            SELECT fingerprint, state, response_status, response_type, response_body
                            FROM idempotency_keys WHERE user_id = :user AND scope = :scope AND key = :key""")
                    .bind("user", user.value())
                    .bind("scope", scope)
                    .bind("key", key)
                    .map((row, ctx) -> {
                        if (!row.getString("fingerprint").equals(fingerprint)) {
                            return (Claim) new Mismatch();
                        }
                        if (row.getString("state").equals("COMPLETED")) {
                            return new Replay(new StoredResponse(
                                    row.getInt("response_status"),
                                    row.getString("response_type"),
                                    row.getString("response_body")));
                        }
                        return new InFlight();
                    })
                    .findOne();
            return existing.orElseGet(InFlight::new); // released between our two statements: treat as busy
        }));
    }

    @Override
    public void complete(UserId user, String scope, String key, StoredResponse response) {
        ConnectionFailures.translated(() -> {
            jdbi.useHandle(h -> {
                OneTrip trip = new OneTrip();
                KeyResponses.storeIn(trip, new KeyCompletion.Along(user, scope, key, response));
                trip.send(h);
            });
            return null;
        });
    }

    @Override
    public void release(UserId user, String scope, String key) {
        ConnectionFailures.translated(() -> jdbi.inTransaction(h -> h.createUpdate(
                        "DELETE FROM idempotency_keys WHERE user_id = :user AND scope = :scope AND key = :key AND state = 'IN_FLIGHT'")
                .bind("user", user.value())
                .bind("scope", scope)
                .bind("key", key)
                .execute()));
    }
}
