package io.apotheca.redis;

import io.apotheca.application.cart.port.out.CartStore;
import io.apotheca.application.shared.port.out.DependencyUnavailableException;
import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.identity.UserId;
import io.apotheca.domain.order.Cart;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.exceptions.JedisException;

/**
 * Carts in Redis, written behind to a durable store.
 *
 * <p>Each customer's cart is one hash, {@code cart:<customer>}: a field per product whose value is
 * {@code position:quantity}, so the lines read back in the order they were added. An emptied cart
 * keeps a single {@code empty} field, so that "cleared" is never mistaken for "lost". Every save
 * replaces the hash whole or not at all, sets its time to live to {@link CartStore#IDLE_LIFETIME}
 * and marks the customer dirty, in one script. {@link #writeBehind()} copies dirty carts to the durable store; a
 * customer whose hash is missing (Redis lost it, or it expired) is read from the durable store and
 * put back into Redis. A cart therefore survives the loss of Redis, less the changes of the last
 * write-behind interval.
 */
final class RedisCartStore implements WriteBehindCarts {

    private static final Logger LOG = LoggerFactory.getLogger(RedisCartStore.class);
    private static final String EMPTY = "empty";
    private static final int WRITE_BEHIND_BATCH = 200;

    /**
     * KEYS: cart, dirty set, scratch hash. ARGV: ttl, customer, mark dirty (1/0), then field, value
     * pairs. The new cart is built in the scratch hash and renamed over the old one, and the only
     * write before that is the idempotent dirty mark: a script that fails part way (Redis runs no
     * rollback) leaves the customer's cart whole.
     */
    private static final String SAVE = """
            if ARGV[3] == '0' and redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
            if ARGV[3] == '1' then redis.call('SADD', KEYS[2], ARGV[2]) end
            redis.call('DEL', KEYS[3])
            for i = 4, #ARGV, 2 do redis.call('HSET', KEYS[3], ARGV[i], ARGV[i + 1]) end
            redis.call('EXPIRE', KEYS[3], ARGV[1])
            redis.call('RENAME', KEYS[3], KEYS[1])
            return 1
            """;

    /**
     * KEYS: cart, dirty set, scratch hash. ARGV: ttl, customer, n, then the n product/quantity pairs
     * the cart must hold now, then the new cart's field/value pairs. Compares and replaces in one
     * script, so no other change or replacement comes between.
     */
    private static final String REPLACE = """
            local current = redis.call('HGETALL', KEYS[1])
            local held = {}
            local count = 0
            for i = 1, #current, 2 do
              if current[i] ~= '%1$s' then
                local value = current[i + 1]
                held[current[i]] = string.sub(value, string.find(value, ':') + 1)
                count = count + 1
              end
            end
            local n = tonumber(ARGV[3])
            if count ~= n then return 0 end
            for i = 0, n - 1 do
              if held[ARGV[4 + 2 * i]] ~= ARGV[5 + 2 * i] then return 0 end
            end
            redis.call('SADD', KEYS[2], ARGV[2])
            redis.call('DEL', KEYS[3])
            for i = 4 + 2 * n, #ARGV, 2 do redis.call('HSET', KEYS[3], ARGV[i], ARGV[i + 1]) end
            redis.call('EXPIRE', KEYS[3], ARGV[1])
            redis.call('RENAME', KEYS[3], KEYS[1])
            return 1
            """.formatted(EMPTY);

    private final RedisClient redis;
    private final String prefix;
    private final CartStore durable;

    RedisCartStore(RedisClient redis, String keyPrefix, CartStore durable) {
        this.redis = redis;
        this.prefix = keyPrefix + "cart:";
        this.durable = durable;
    }

    @Override
    public Cart load(UserId customer) {
        try {
            Map<String, String> hash = redis.hgetAll(key(customer));
            if (!hash.isEmpty()) {
                return cart(customer, hash);
            }
            Cart kept = durable.load(customer);
            write(kept, false);
            return kept;
        } catch (JedisException e) {
            throw new DependencyUnavailableException("redis", e);
        }
    }

    @Override
    public void save(Cart cart) {
        try {
            write(cart, true);
        } catch (JedisException e) {
            throw new DependencyUnavailableException("redis", e);
        }
    }

    @Override
    public boolean replace(Cart expected, Cart replacement) {
        List<String> args = new ArrayList<>(List.of(
                Long.toString(IDLE_LIFETIME.toSeconds()),
                expected.customer().value().toString(),
                Integer.toString(expected.quantities().size())));
        expected.quantities().forEach((product, quantity) -> {
            args.add(product.value().toString());
            args.add(quantity.toString());
        });
        args.addAll(fields(replacement));
        String key = key(expected.customer());
        try {
            return Long.valueOf(1).equals(redis.eval(REPLACE, List.of(key, prefix + "dirty", key + ":next"), args));
        } catch (JedisException e) {
            throw new DependencyUnavailableException("redis", e);
        }
    }

    @Override
    public boolean replacesAtomically() {
        return true;
    }

    /**
     * Copies the carts changed since the last call to the durable store, a batch at a time; returns
     * how many. A cart that fails to copy stays marked, to be tried again.
     */
    @Override
    public int writeBehind() {
        Set<String> dirty = redis.spop(prefix + "dirty", WRITE_BEHIND_BATCH);
        int written = 0;
        for (String id : dirty) {
            UserId customer = new UserId(UUID.fromString(id));
            try {
                Map<String, String> hash = redis.hgetAll(key(customer));
                if (!hash.isEmpty()) {
                    durable.save(cart(customer, hash));
                    written++;
                }
            } catch (RuntimeException e) {
                redis.sadd(prefix + "dirty", id);
                LOG.warn("could not write the cart of {} behind; will retry: {}", id, e.getMessage());
            }
        }
        return written;
    }

    private void write(Cart cart, boolean dirty) {
        List<String> args = new ArrayList<>(List.of(
                Long.toString(IDLE_LIFETIME.toSeconds()),
                cart.customer().value().toString(),
                dirty ? "1" : "0"));
        args.addAll(fields(cart));
        String key = key(cart.customer());
        redis.eval(SAVE, List.of(key, prefix + "dirty", key + ":next"), args);
    }

    /** The cart as the fields and values of its hash: each product's position and quantity, or the empty mark. */
    private static List<String> fields(Cart cart) {
        List<String> fields = new ArrayList<>();
        if (cart.isEmpty()) {
            fields.add(EMPTY);
            fields.add("1");
        }
        int position = 0;
        for (Map.Entry<ProductId, Integer> line : cart.quantities().entrySet()) {
            fields.add(line.getKey().value().toString());
            fields.add(position++ + ":" + line.getValue());
        }
        return fields;
    }

    private static Cart cart(UserId customer, Map<String, String> hash) {
        record Line(ProductId product, int position, int quantity) {}
        List<Line> lines = new ArrayList<>();
        hash.forEach((field, value) -> {
            if (!field.equals(EMPTY)) {
                int colon = value.indexOf(':');
                lines.add(new Line(
                        new ProductId(UUID.fromString(field)),
                        Integer.parseInt(value.substring(0, colon)),
                        Integer.parseInt(value.substring(colon + 1))));
            }
        });
        Map<ProductId, Integer> quantities = new LinkedHashMap<>();
        lines.stream()
                .sorted(Comparator.comparingInt(Line::position))
                .forEach(line -> quantities.put(line.product(), line.quantity()));
        return new Cart(customer, quantities);
    }

    private String key(UserId customer) {
        return prefix + customer.value();
    }
}
