package io.apotheca.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.apotheca.domain.catalog.Category;
import io.apotheca.domain.catalog.CategoryId;
import io.apotheca.domain.catalog.ImageDimensions;
import io.apotheca.domain.catalog.Product;
import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.catalog.ProductImage;
import io.apotheca.domain.catalog.ProductImageId;
import io.apotheca.domain.catalog.Sku;
import io.apotheca.domain.catalog.Slug;
import io.apotheca.domain.identity.Email;
import io.apotheca.domain.identity.PasswordHash;
import io.apotheca.domain.identity.Role;
import io.apotheca.domain.identity.User;
import io.apotheca.domain.identity.UserId;
import io.apotheca.domain.order.Order;
import io.apotheca.domain.order.OrderDetails;
import io.apotheca.domain.order.OrderId;
import io.apotheca.domain.order.OrderLine;
import io.apotheca.domain.order.Quantity;
import io.apotheca.domain.order.ShippingAddress;
import io.apotheca.domain.pricing.ShippingOption;
import io.apotheca.domain.pricing.ShippingOptionId;
import io.apotheca.domain.pricing.TaxCategory;
import io.apotheca.domain.pricing.TaxRate;
import io.apotheca.domain.pricing.TaxRates;
import io.apotheca.domain.shared.DocumentType;
import io.apotheca.domain.shared.Money;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Tax rates, shipping options, orders' totals and product pictures on a real database. */
class JdbiPricingIT {

    @RegisterExtension
    static final OpenPersistence postgres = new OpenPersistence();

    private static final Instant NOON = Instant.parse("2026-11-22T12:00:00Z");

    private static PostgresPersistence persistence;
    private static Category category;

    @BeforeAll
    static void open() {
        category = new Category(new CategoryId(UUID.randomUUID()), "Care", new Slug("care"), Optional.empty());
        persistence.categories().add(category);
    }

    @Test
    void keeps_tax_rates_to_three_decimals_and_drops_a_category_left_out() {
        persistence
                .taxRates()
                .replace(
                        new TaxRates(Map.of(
                                TaxCategory.STANDARD, TaxRate.percent("8.875"),
                                TaxCategory.REDUCED, TaxRate.percent("5.5"))),
                        NOON);
        assertThat(persistence.taxRates().current().rateFor(TaxCategory.STANDARD))
                .isEqualTo(TaxRate.percent("8.875"));

        persistence.taxRates().replace(new TaxRates(Map.of(TaxCategory.STANDARD, TaxRate.percent("20"))), NOON);

        TaxRates now = persistence.taxRates().current();
        assertThat(now.rateFor(TaxCategory.STANDARD)).isEqualTo(TaxRate.percent("20"));
        assertThat(now.rateFor(TaxCategory.REDUCED)).isEqualTo(TaxRate.ZERO);
    }

    @Test
    void administrators_replacing_the_rates_at_once_all_succeed_and_one_set_wins() throws Exception {
        List<Callable<Void>> replacements = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            TaxRates rates = new TaxRates(Map.of(
                    TaxCategory.STANDARD, TaxRate.percent(Integer.toString(i)),
                    TaxCategory.REDUCED, TaxRate.percent(Integer.toString(i))));
            replacements.add(() -> {
                persistence.transactions().inTransaction(() -> {
                    persistence.taxRates().replace(rates, NOON);
                    return null;
                });
                return null;
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (Future<Void> done : pool.invokeAll(replacements)) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }

        TaxRates now = persistence.taxRates().current();
        assertThat(now.rateFor(TaxCategory.STANDARD)).isEqualTo(now.rateFor(TaxCategory.REDUCED));
    }

    @Test
    void stores_shipping_options_with_and_without_a_threshold() {
        ShippingOption post = new ShippingOption(
                new ShippingOptionId(UUID.randomUUID()),
                "Standard post",
                Money.of(495, "USD"),
                Optional.of(Money.of(5000, "USD")),
                true);
        ShippingOption courier = new ShippingOption(
                new ShippingOptionId(UUID.randomUUID()), "Courier", Money.of(1200, "USD"), Optional.empty(), false);
        persistence.shippingOptions().add(post, NOON);
        persistence.shippingOptions().add(courier, NOON);

        assertThat(persistence.shippingOptions().byId(post.id())).contains(post);
        assertThat(persistence.shippingOptions().list(false)).contains(post).doesNotContain(courier);
        assertThat(persistence.shippingOptions().list(true)).contains(post, courier);
        assertThat(persistence.shippingOptions().anyActive()).isTrue();

        ShippingOption free = new ShippingOption(post.id(), "Post", Money.of(0, "USD"), Optional.empty(), true);
        persistence.shippingOptions().update(free, NOON.plusSeconds(1));
        assertThat(persistence.shippingOptions().byId(post.id())).contains(free);
    }

    @Test
    void reads_an_order_back_with_the_tax_and_shipping_it_was_placed_with() {
        ShippingOption post = new ShippingOption(
                new ShippingOptionId(UUID.randomUUID()),
                "Tracked post",
                Money.of(495, "USD"),
                Optional.of(Money.of(5000, "USD")),
                true);
        persistence.shippingOptions().add(post, NOON);
        List<OrderLine> lines = List.of(
                OrderLine.priced(
                        product("IBU").id(),
                        "Ibuprofen",
                        Quantity.of(2),
                        Money.of(499, "USD"),
                        false,
                        TaxCategory.STANDARD,
                        TaxRate.percent("20")),
                OrderLine.priced(
                        product("VIT").id(),
                        "Vitamin D3",
                        Quantity.of(2),
                        Money.of(350, "USD"),
                        false,
                        TaxCategory.REDUCED,
                        TaxRate.percent("5.5")));
        OrderDetails details = new OrderDetails(
                new OrderId(UUID.randomUUID()), customer(), lines, post.chargeFor(Money.of(1698, "USD")), NOON);
        Order.Open order = Order.place(details, NOON, Duration.ofMinutes(30), Duration.ofDays(3));

        persistence.orders().add(order, address());

        OrderDetails read =
                persistence.orders().byId(order.id()).orElseThrow().order().details();
        assertThat(read.totals()).isEqualTo(details.totals());
        assertThat(read.total()).isEqualTo(Money.of(1698 + 200 + 38 + 495, "USD"));
        assertThat(read.lines())
                .extracting(OrderLine::taxRate)
                .containsExactly(TaxRate.percent("20"), TaxRate.percent("5.5"));
        assertThat(read.shipping()).isEqualTo(details.shipping());
        assertThatThrownBy(() ->
                        execute("UPDATE orders SET total_minor = total_minor + 1 WHERE id = '" + order.id() + "'"))
                .hasMessageContaining("orders_total_adds_up");
    }

    @Test
    void keeps_a_gallery_in_order_and_lets_two_pictures_swap_places_in_one_transaction() {
        ProductId product = product("PIC").id();
        ProductImage first = image(product, 0);
        ProductImage second = image(product, 1);
        persistence.transactions().inTransaction(() -> {
            persistence.productImages().add(first);
            persistence.productImages().add(second);
            return null;
        });

        persistence.transactions().inTransaction(() -> {
            assertThat(persistence.productImages().lockGallery(product)).contains(List.of(first, second));
            persistence.productImages().reposition(List.of(second.at(0), first.at(1)));
            return null;
        });

        assertThat(persistence.productImages().of(product)).containsExactly(second.at(0), first.at(1));
        assertThat(persistence
                        .productImages()
                        .of(List.of(product, product("NONE").id())))
                .containsOnlyKeys(product);
        assertThat(persistence.productImages().lockGallery(new ProductId(UUID.randomUUID())))
                .isEmpty();
        persistence.productImages().remove(second.id());
        assertThat(persistence.productImages().of(product)).containsExactly(first.at(1));
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = postgres.connect();
                Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    private static ProductImage image(ProductId product, int position) {
        return new ProductImage(
                new ProductImageId(UUID.randomUUID()),
                product,
                "a".repeat(63) + position,
                DocumentType.PNG,
                1234,
                new ImageDimensions(640, 480),
                position,
                NOON.truncatedTo(ChronoUnit.MICROS));
    }

    private static Product product(String sku) {
        Product product = new Product(
                new ProductId(UUID.randomUUID()),
                new Sku(sku + "-" + UUID.randomUUID().toString().substring(0, 8)),
                sku,
                "",
                "Acme",
                category.id(),
                Money.of(499, "USD"),
                false,
                0,
                true);
        persistence.products().add(product);
        return product;
    }

    private static UserId customer() {
        UserId id = new UserId(UUID.randomUUID());
        persistence
                .users()
                .add(new User(
                        id,
                        new Email(id.value() + "@example.org"),
                        "Pricing Test",
                        Role.CUSTOMER,
                        true,
                        new PasswordHash("$argon2id$stand-in"),
                        NOON));
        return id;
    }

    private static ShippingAddress address() {
        return new ShippingAddress("Ada", "1 A St", null, "Oslo", null, "0150", "NO");
    }
}
