package io.apotheca.persistence.pricing;

import io.apotheca.application.pricing.port.out.ShippingOptions;
import io.apotheca.domain.pricing.ShippingOption;
import io.apotheca.domain.pricing.ShippingOptionId;
import io.apotheca.domain.shared.Money;
import io.apotheca.persistence.JdbiContext;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.StatementContext;

/** Shipping options in {@code shipping_options}. */
public final class JdbiShippingOptions implements ShippingOptions {

    private static final String COLUMNS = "id, name, currency, price_minor, free_over_minor, active";

    private final JdbiContext db;

    public JdbiShippingOptions(JdbiContext db) {
        this.db = db;
    }

    @Override
    public void add(ShippingOption option, Instant at) {
        db.with(h -> bind(h.createUpdate("""
                                INSERT INTO shipping_options (id, name, currency, price_minor, free_over_minor, active,
                                                              created_at, updated_at)
                                VALUES (:id, :name, :currency, :price, :freeOver, :active, :at, :at)"""), option, at).execute());
    }

    @Override
    public void update(ShippingOption option, Instant at) {
        db.with(h -> bind(h.createUpdate("""
                                UPDATE shipping_options SET name = :name, currency = :currency, price_minor = :price,
                                    free_over_minor = :freeOver, active = :active, updated_at = :at
                                WHERE id = :id"""), option, at).execute());
    }

    @Override
    public Optional<ShippingOption> byId(ShippingOptionId id) {
        return db.with(h -> h.createQuery("SELECT " + COLUMNS + " FROM shipping_options WHERE id = :id")
                .bind("id", id.value())
                .map(JdbiShippingOptions::map)
                .findOne());
    }

    @Override
    public Optional<ShippingOption> lock(ShippingOptionId id) {
        return db.with(h -> h.createQuery("SELECT " + COLUMNS + " FROM shipping_options WHERE id = :id FOR UPDATE")
                .bind("id", id.value())
                .map(JdbiShippingOptions::map)
                .findOne());
    }

    @Override
    public List<ShippingOption> list(boolean includeInactive) {
        return db.with(h -> h.createQuery("SELECT " + COLUMNS + " FROM shipping_options"
                        + (includeInactive ? "" : " WHERE active") + " ORDER BY price_minor, id")
                .map(JdbiShippingOptions::map)
                .list());
    }

    @Override
    public boolean anyActive() {
        return db.with(h -> h.createQuery("SELECT EXISTS (SELECT 1 FROM shipping_options WHERE active)")
                .mapTo(Boolean.class)
                .one());
    }

    private static <S extends SqlStatement<S>> S bind(S statement, ShippingOption option, Instant at) {
        return statement
                .bind("id", option.id().value())
                .bind("name", option.name())
                .bind("currency", option.price().currency().getCurrencyCode())
                .bind("price", option.price().minor())
                .bind("freeOver", option.freeOver().map(Money::minor).orElse(null))
                .bind("active", option.active())
                .bind("at", at.atOffset(ZoneOffset.UTC));
    }

    private static ShippingOption map(ResultSet row, StatementContext ctx) throws SQLException {
        String currency = row.getString("currency").trim();
        long freeOver = row.getLong("free_over_minor");
        boolean noThreshold = row.wasNull();
        return new ShippingOption(
                new ShippingOptionId(row.getObject("id", UUID.class)),
                row.getString("name"),
                Money.of(row.getLong("price_minor"), currency),
                noThreshold ? Optional.empty() : Optional.of(Money.of(freeOver, currency)),
                row.getBoolean("active"));
    }
}
