package io.apotheca.bootstrap;

import io.apotheca.application.audit.AuditUseCases;
import io.apotheca.application.catalog.CatalogUseCases;
import io.apotheca.application.health.HealthUseCases;
import io.apotheca.application.identity.IdentityPorts;
import io.apotheca.application.identity.IdentityUseCases;
import io.apotheca.application.inventory.InventoryUseCases;
import io.apotheca.application.limits.LimitsUseCases;
import io.apotheca.application.medication.MedicationRecordUseCases;
import io.apotheca.application.order.OrderUseCases;
import io.apotheca.application.outbound.OutboundUseCases;
import io.apotheca.application.prescription.PrescriptionUseCases;
import io.apotheca.application.pricing.PricingUseCases;
import io.apotheca.application.recall.RecallUseCases;
import io.apotheca.application.shared.IdempotentRequests;
import io.apotheca.application.shared.SignedCursors;
import io.apotheca.console.ConsoleFiles;
import io.apotheca.fhir.FhirResources;
import io.apotheca.http.Callers;
import io.apotheca.http.IdempotencyKeyHeader;
import io.apotheca.http.Resource;
import io.apotheca.http.audit.AuditLogResource;
import io.apotheca.http.cart.CartResource;
import io.apotheca.http.catalog.CategoriesResource;
import io.apotheca.http.catalog.ProductCodesResource;
import io.apotheca.http.catalog.ProductImagesResource;
import io.apotheca.http.catalog.ProductsResource;
import io.apotheca.http.console.ConsoleResource;
import io.apotheca.http.health.HealthResource;
import io.apotheca.http.identity.ApiClientsResource;
import io.apotheca.http.identity.AuthResource;
import io.apotheca.http.identity.PharmacistsResource;
import io.apotheca.http.identity.UsersResource;
import io.apotheca.http.inventory.InventoryResource;
import io.apotheca.http.limits.PurchaseLimitsResource;
import io.apotheca.http.order.OrdersResource;
import io.apotheca.http.outbound.WebhookEndpointsResource;
import io.apotheca.http.payment.PaymentsResource;
import io.apotheca.http.prescription.PrescriptionsResource;
import io.apotheca.http.pricing.ShippingOptionsResource;
import io.apotheca.http.pricing.TaxRatesResource;
import io.apotheca.http.problem.Refusals;
import io.apotheca.http.recall.RecallsResource;
import io.apotheca.persistence.PostgresPersistence;
import java.util.List;

/** The API's resources, each built with the use cases it calls and nothing else. */
final class ApiResources {

    private ApiResources() {}

    static List<Resource> of(Infrastructure infra, Capabilities capabilities, Callers callers) {
        PostgresPersistence persistence = infra.persistence();
        IdentityPorts identity = capabilities.identity();
        IdempotencyKeyHeader idempotencyKeys =
                new IdempotencyKeyHeader(new IdempotentRequests(persistence.idempotencyKeys(), infra.clock()));
        return List.of(
                new HealthResource(HealthUseCases.checkReadiness(infra.probes())),
                new AuthResource(
                        IdentityUseCases.verifyEmail(identity),
                        IdentityUseCases.resendVerification(identity),
                        IdentityUseCases.requestPasswordReset(identity),
                        IdentityUseCases.resetPassword(identity),
                        IdentityUseCases.registerCustomer(identity),
                        IdentityUseCases.login(identity),
                        IdentityUseCases.refresh(identity),
                        IdentityUseCases.logout(identity),
                        callers),
                new UsersResource(
                        IdentityUseCases.deleteAccount(identity),
                        IdentityUseCases.viewProfile(identity),
                        IdentityUseCases.updateProfile(identity),
                        callers),
                new PharmacistsResource(
                        IdentityUseCases.registerPharmacist(identity),
                        IdentityUseCases.listPharmacists(identity),
                        IdentityUseCases.approvePharmacist(identity),
                        IdentityUseCases.rejectPharmacist(identity),
                        IdentityUseCases.suspendPharmacist(identity),
                        callers),
                new AuditLogResource(
                        AuditUseCases.browse(persistence.auditLog()),
                        AuditUseCases.verify(persistence.auditLog()),
                        callers),
                new CategoriesResource(CatalogUseCases.categories(capabilities.catalog()), callers),
                new ProductsResource(
                        CatalogUseCases.products(capabilities.catalog()),
                        CatalogUseCases.search(
                                capabilities.catalog(),
                                persistence.productSearch(),
                                new SignedCursors(SigningKey.derive(capabilities.signingKey(), "page-cursors"))),
                        callers),
                new ProductImagesResource(CatalogUseCases.images(capabilities.catalog()), callers),
                new TaxRatesResource(PricingUseCases.taxRates(capabilities.pricingPorts()), callers),
                new ShippingOptionsResource(PricingUseCases.shippingOptions(capabilities.pricingPorts()), callers),
                new InventoryResource(
                        InventoryUseCases.stock(capabilities.inventory()),
                        InventoryUseCases.reports(capabilities.inventory()),
                        callers),
                new RecallsResource(
                        RecallUseCases.recall(capabilities.recalls()),
                        RecallUseCases.reports(capabilities.recalls()),
                        callers),
                new CartResource(capabilities.cart(), callers),
                new PurchaseLimitsResource(LimitsUseCases.manage(capabilities.limits()), callers),
                new OrdersResource(
                        OrderUseCases.checkout(capabilities.orders()),
                        OrderUseCases.view(capabilities.orders()),
                        OrderUseCases.cancel(capabilities.orders()),
                        OrderUseCases.fulfilment(capabilities.orders()),
                        idempotencyKeys,
                        callers),
                new PrescriptionsResource(
                        PrescriptionUseCases.prescriptions(capabilities.prescriptions()),
                        PrescriptionUseCases.review(capabilities.prescriptions()),
                        callers),
                new PaymentsResource(
                        capabilities.payments().pay(),
                        capabilities.payments().refunds(),
                        capabilities.payments().providerEvents(),
                        idempotencyKeys,
                        callers),
                new ApiClientsResource(
                        IdentityUseCases.manageApiClients(identity),
                        IdentityUseCases.issueClientToken(identity),
                        callers),
                new ProductCodesResource(CatalogUseCases.codes(capabilities.catalog()), callers),
                new WebhookEndpointsResource(OutboundUseCases.manageEndpoints(capabilities.outbound()), callers),
                new FhirResources(
                        MedicationRecordUseCases.view(capabilities.medicationRecord()),
                        PrescriptionUseCases.receive(capabilities.prescriptions()),
                        callers::of,
                        Refusals::statusOf,
                        infra.clock())::register,
                new ConsoleResource(ConsoleFiles::read));
    }
}
