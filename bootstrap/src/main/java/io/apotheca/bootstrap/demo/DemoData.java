package io.apotheca.bootstrap.demo;

import io.apotheca.application.catalog.CatalogPorts;
import io.apotheca.application.catalog.CatalogUseCases;
import io.apotheca.application.catalog.port.in.ManageCategoriesUseCase.NewCategory;
import io.apotheca.application.catalog.port.in.ManageProductCodesUseCase;
import io.apotheca.application.catalog.port.in.ManageProductImagesUseCase;
import io.apotheca.application.catalog.port.in.ManageProductImagesUseCase.ImageUpload;
import io.apotheca.application.catalog.port.in.ManageProductsUseCase.Draft;
import io.apotheca.application.identity.IdentityPorts;
import io.apotheca.application.identity.IdentityUseCases;
import io.apotheca.application.identity.port.in.RegisterCustomerUseCase;
import io.apotheca.application.identity.port.in.RegisterPharmacistUseCase;
import io.apotheca.application.identity.port.out.Users;
import io.apotheca.application.inventory.InventoryPorts;
import io.apotheca.application.inventory.InventoryUseCases;
import io.apotheca.application.inventory.port.in.ManageStockUseCase;
import io.apotheca.application.inventory.port.in.ManageStockUseCase.Receipt;
import io.apotheca.application.limits.LimitPorts;
import io.apotheca.application.limits.LimitsUseCases;
import io.apotheca.application.limits.port.in.ManagePurchaseLimitsUseCase;
import io.apotheca.application.prescription.PrescriptionPorts;
import io.apotheca.application.prescription.PrescriptionUseCases;
import io.apotheca.application.prescription.port.in.PrescriptionsUseCase;
import io.apotheca.application.prescription.port.in.ReviewPrescriptionsUseCase;
import io.apotheca.application.pricing.PricingPorts;
import io.apotheca.application.pricing.PricingUseCases;
import io.apotheca.application.pricing.port.in.ManageShippingOptionsUseCase;
import io.apotheca.application.recall.RecallPorts;
import io.apotheca.application.recall.RecallUseCases;
import io.apotheca.application.recall.port.in.RecallLotUseCase;
import io.apotheca.application.shared.Caller;
import io.apotheca.application.shared.Outcome;
import io.apotheca.application.shared.Principal;
import io.apotheca.domain.catalog.ProductCode;
import io.apotheca.domain.identity.Email;
import io.apotheca.domain.identity.Role;
import io.apotheca.domain.identity.User;
import io.apotheca.domain.identity.UserId;
import io.apotheca.domain.prescription.Prescription;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the demo pharmacy into a database whose catalog is empty, through the use cases, as its
 * administrator. Every product gets a lot a year out; the catalog also holds a short-dated lot and a
 * recalled one, which are never sold, and a pseudoephedrine product in a purchase limit group. The demo customer and pharmacist have fixed passwords (given in
 * the README), so this is for trying Apotheca, never for a pharmacy open to the public.
 */
public final class DemoData {

    public static final String CUSTOMER_EMAIL = "customer@demo.apotheca.test";
    public static final String PHARMACIST_EMAIL = "pharmacist@demo.apotheca.test";
    public static final String ADMIN_EMAIL = "admin@demo.apotheca.test";
    public static final String CUSTOMER_PASSWORD = "demo customer passphrase";
    public static final String PHARMACIST_PASSWORD = "demo pharmacist passphrase";
    public static final String ADMIN_PASSWORD = "demo admin passphrase";

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    private final IdentityPorts identity;
    private final Users users;
    private final CatalogPorts catalog;
    private final InventoryPorts inventory;
    private final PricingPorts pricing;
    private final ManageProductImagesUseCase images;
    private final PrescriptionPorts prescriptions;
    private final RecallPorts recalls;
    private final LimitPorts limits;

    public DemoData(
            IdentityPorts identity,
            Users users,
            CatalogPorts catalog,
            InventoryPorts inventory,
            PricingPorts pricing,
            ManageProductImagesUseCase images,
            PrescriptionPorts prescriptions,
            RecallPorts recalls,
            LimitPorts limits) {
        this.identity = identity;
        this.users = users;
        this.catalog = catalog;
        this.inventory = inventory;
        this.pricing = pricing;
        this.images = images;
        this.prescriptions = prescriptions;
        this.recalls = recalls;
        this.limits = limits;
    }

    /**
     * Loads the demo pharmacy unless the catalog already has products.
     *
     * @param adminEmail the configured first administrator, who loads it; without one, a demo
     *     administrator is created with {@link #ADMIN_PASSWORD}
     */
    public void loadIfEmpty(Optional<String> adminEmail) {
        if (!inventory.products().active(Optional.empty(), 1).isEmpty()) {
            LOG.info("APOTHECA_DEMO_DATA is set, but the catalog already has products: no demo data loaded");
            return;
        }
        Caller admin = admin(adminEmail);
        Map<String, UUID> categories = new HashMap<>();
        for (var category : DemoProduct.CATEGORIES) {
            categories.put(
                    category.get(0),
                    done(CatalogUseCases.categories(catalog)
                                    .create(admin, new NewCategory(category.get(1), category.get(0), null)))
                            .id()
                            .value());
        }
        ManageStockUseCase stock = InventoryUseCases.stock(inventory);
        LocalDate today = LocalDate.now(inventory.kernel().clock().withZone(ZoneOffset.UTC));
        Map<String, UUID> products = new HashMap<>();
        for (DemoProduct p : DemoProduct.CATALOG) {
            UUID id = done(CatalogUseCases.products(catalog)
                            .create(
                                    admin,
                                    new Draft(
                                            p.sku(),
                                            p.name(),
                                            "Demo product.",
                                            p.manufacturer(),
                                            categories.get(p.category()),
                                            p.price(),
                                            "USD",
                                            p.prescriptionOnly(),
                                            10,
                                            true,
                                            p.taxCategory(),
                                            p.schedule())))
                    .product()
                    .id()
                    .value();
            products.put(p.sku(), id);
            done(stock.receive(admin, new Receipt(id, p.sku() + "-L1", today.plusDays(400), 100)));
            if (p.colour() != DemoProduct.NO_PICTURE) {
                byte[] png = SolidPng.of(320, 320, p.colour());
                done(images.upload(
                        admin,
                        id,
                        new ImageUpload(
                                Optional.of(p.sku() + ".png"),
                                Optional.of("image/png"),
                                new ByteArrayInputStream(png))));
            }
        }
        // the antibiotic an electronic prescription names by its RxNorm code in the README's example
        done(CatalogUseCases.codes(catalog)
                .replace(
                        admin,
                        products.get("DEMO-AMOX-500"),
                        List.of(new ManageProductCodesUseCase.CodeForm(ProductCode.RXNORM, "308191"))));
        // a lot inside the minimum shelf life, and a recalled lot: both stay on the shelf, unsold
        done(stock.receive(
                admin, new Receipt(products.get("DEMO-IBU-200"), "DEMO-IBU-200-SHORT", today.plusDays(10), 40)));
        UUID recalled = done(stock.receive(
                        admin, new Receipt(products.get("DEMO-PARA-500"), "DEMO-PARA-500-R", today.plusDays(300), 60)))
                .id()
                .value();
        done(RecallUseCases.recall(recalls)
                .recall(
                        admin,
                        recalled,
                        new RecallLotUseCase.Request(
                                "Demo: packaging fault reported by the manufacturer",
                                "III",
                                "No action is needed; the tablets are safe to use.")));
        // pseudoephedrine is sold over the counter in limited amounts (US CMEA): 720 mg of base a pack
        done(LimitsUseCases.manage(limits)
                .create(
                        admin,
                        new ManagePurchaseLimitsUseCase.Draft(
                                "Pseudoephedrine (CMEA)",
                                "mg pseudoephedrine base",
                                List.of(
                                        new ManagePurchaseLimitsUseCase.RuleDraft(3600L, "P1D"),
                                        new ManagePurchaseLimitsUseCase.RuleDraft(9000L, "P30D")),
                                List.of(new ManagePurchaseLimitsUseCase.ProductDraft(
                                        products.get("DEMO-PSE-60"), 720L)))));
        done(PricingUseCases.taxRates(pricing)
                .replace(admin, Map.of("STANDARD", new BigDecimal("20"), "REDUCED", new BigDecimal("5.5"))));
        ManageShippingOptionsUseCase shipping = PricingUseCases.shippingOptions(pricing);
        done(shipping.create(
                admin,
                new ManageShippingOptionsUseCase.Draft(
                        "Standard post (2–4 days)", 495L, "USD", Optional.of(5000L), true)));
        done(shipping.create(
                admin,
                new ManageShippingOptionsUseCase.Draft(
                        "Express courier (next day)", 1295L, "USD", Optional.empty(), true)));
        Accounts accounts = accounts(admin);
        prescriptionOnFile(accounts, products.get("DEMO-ATOR-20"), products.get("DEMO-TRAM-50"), today);
        LOG.info(
                "Demo data loaded: {} products in {} categories, tax rates, 2 shipping options; demo accounts {} and {}"
                        + " (passwords in the README), the customer with a prescription on file",
                DemoProduct.CATALOG.size(),
                DemoProduct.CATEGORIES.size(),
                CUSTOMER_EMAIL,
                PHARMACIST_EMAIL);
    }

    /** The demo pharmacist and customer, signed in. */
    private record Accounts(Caller pharmacist, Caller customer) {}

    /**
     * The demo customer's prescription on file, approved by the demo pharmacist: a statin with five
     * refills, and tramadol (Schedule IV) with two, from a prescriber with a DEA number.
     */
    private void prescriptionOnFile(Accounts accounts, UUID statin, UUID tramadol, LocalDate today) {
        byte[] scan = ("%PDF-1.7\n% Demo prescription: Dr Jane Brown, " + today + "\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
        Prescription uploaded = done(PrescriptionUseCases.prescriptions(prescriptions)
                .upload(
                        accounts.customer(),
                        new PrescriptionsUseCase.Upload(
                                null,
                                Optional.of("demo-prescription.pdf"),
                                Optional.of("application/pdf"),
                                new ByteArrayInputStream(scan))));
        done(PrescriptionUseCases.review(prescriptions)
                .approve(
                        accounts.pharmacist(),
                        uploaded.id().value(),
                        new ReviewPrescriptionsUseCase.Approval(
                                "Demo: checked with the prescriber's office",
                                null,
                                Optional.of(new ReviewPrescriptionsUseCase.TranscriptionForm(
                                        "Dr Jane Brown",
                                        "MD-445566",
                                        "AB1234563",
                                        today.minusDays(2),
                                        List.of(
                                                new ReviewPrescriptionsUseCase.ItemForm(
                                                        statin, 1, "One tablet at night", 28, 5),
                                                new ReviewPrescriptionsUseCase.ItemForm(
                                                        tramadol,
                                                        1,
                                                        "One capsule up to four times a day for pain",
                                                        30,
                                                        2)))))));
    }

    private Accounts accounts(Caller admin) {
        Caller visitor = Caller.system("demo-data");
        UUID pharmacist = done(IdentityUseCases.registerPharmacist(identity)
                        .register(
                                visitor,
                                new RegisterPharmacistUseCase.Registration(
                                        PHARMACIST_EMAIL, PHARMACIST_PASSWORD, "Demo Pharmacist", "DEMO-0001", "Demo")))
                .user()
                .id()
                .value();
        done(IdentityUseCases.approvePharmacist(identity).approve(admin, pharmacist));
        verified(new UserId(pharmacist));
        User customer = done(IdentityUseCases.registerCustomer(identity)
                .register(
                        visitor,
                        new RegisterCustomerUseCase.Registration(CUSTOMER_EMAIL, CUSTOMER_PASSWORD, "Demo Customer")));
        verified(customer.id());
        return new Accounts(signedIn(new UserId(pharmacist), Role.PHARMACIST), signedIn(customer.id(), Role.CUSTOMER));
    }

    private static Caller signedIn(UserId user, Role role) {
        return new Caller(Optional.of(new Principal(user, role, UUID.randomUUID())), "demo-data", "127.0.0.1");
    }

    /** The demo accounts' addresses do not receive mail: they count as verified from the start. */
    private void verified(UserId id) {
        users.byId(id)
                .ifPresent(user -> users.update(
                        user.withEmailVerified(inventory.kernel().clock().instant())));
    }

    private Caller admin(Optional<String> adminEmail) {
        String email = adminEmail.orElse(ADMIN_EMAIL);
        if (adminEmail.isEmpty()) {
            done(IdentityUseCases.ensureFirstAdmin(identity).ensure(ADMIN_EMAIL, ADMIN_PASSWORD));
        }
        User admin = users.byEmail(new Email(email))
                .filter(u -> u.role() == Role.ADMIN)
                .orElseThrow(() -> new IllegalStateException("the demo data needs the administrator " + email));
        return new Caller(
                Optional.of(new Principal(admin.id(), Role.ADMIN, UUID.randomUUID())), "demo-data", "127.0.0.1");
    }

    private static <T> T done(Outcome<T> outcome) {
        if (outcome instanceof Outcome.Done<T> done) {
            return done.value();
        }
        throw new IllegalStateException(
                "the demo data could not be loaded: " + ((Outcome.Refused<T>) outcome).refusal());
    }
}
