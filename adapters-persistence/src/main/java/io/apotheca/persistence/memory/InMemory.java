package io.apotheca.persistence.memory;

import io.apotheca.application.catalog.port.out.ProductImages;
import io.apotheca.application.catalog.port.out.Products;
import io.apotheca.application.catalog.port.out.ShopWindow;
import io.apotheca.application.identity.port.out.Sessions;
import io.apotheca.application.identity.port.out.Users;
import io.apotheca.application.limits.port.out.OrderMaxima;
import io.apotheca.application.limits.port.out.PurchaseLimitGroups;
import io.apotheca.application.pricing.port.out.ShippingOptions;
import io.apotheca.application.pricing.port.out.TaxRateSettings;
import io.apotheca.application.shared.port.out.ChangeBroadcast;
import io.apotheca.persistence.JdbiContext;

/**
 * What this instance keeps in memory of the database, one of each: sessions, accounts, products and
 * their pictures, tax rates, shipping options, purchase limits, and the shop window's pages. Every store here forgets
 * what another instance announces through the broadcast, and is used only while it is live.
 */
public final class InMemory {

    private final Sessions sessions;
    private final Users users;
    private final Products products;
    private final ProductImages images;
    private final TaxRateSettings taxRates;
    private final ShippingOptions shippingOptions;
    private final ShopWindow shopWindow;
    private final PurchaseLimitGroups limitGroups;
    private final OrderMaxima orderMaxima;

    /** The stores as read from the database, and the broadcast that keeps their copies true. */
    public record Stored(
            Sessions sessions,
            Users users,
            Products products,
            ProductImages images,
            TaxRateSettings taxRates,
            ShippingOptions shippingOptions,
            PurchaseLimitGroups limitGroups,
            OrderMaxima orderMaxima) {}

    public InMemory(Stored stored, JdbiContext db, ChangeBroadcast broadcast) {
        this.sessions = new CaffeineSessions(stored.sessions(), db, broadcast);
        this.users = new CaffeineUsers(stored.users(), db, broadcast);
        this.products = new CaffeineProducts(stored.products(), db, broadcast);
        this.images = new CaffeineProductImages(stored.images(), db, broadcast);
        this.taxRates = new CaffeineTaxRateSettings(stored.taxRates(), db, broadcast);
        this.shippingOptions = new CaffeineShippingOptions(stored.shippingOptions(), db, broadcast);
        this.shopWindow = new CaffeineShopWindow(broadcast);
        this.limitGroups = new CaffeinePurchaseLimitGroups(stored.limitGroups(), db, broadcast);
        this.orderMaxima = new CaffeineOrderMaxima(stored.orderMaxima(), db, broadcast);
    }

    public Sessions sessions() {
        return sessions;
    }

    public Users users() {
        return users;
    }

    public Products products() {
        return products;
    }

    public ProductImages images() {
        return images;
    }

    public TaxRateSettings taxRates() {
        return taxRates;
    }

    public ShippingOptions shippingOptions() {
        return shippingOptions;
    }

    public ShopWindow shopWindow() {
        return shopWindow;
    }

    public PurchaseLimitGroups limitGroups() {
        return limitGroups;
    }

    public OrderMaxima orderMaxima() {
        return orderMaxima;
    }
}
