package io.apotheca.http;

import io.apotheca.application.audit.port.in.BrowseAuditLogUseCase;
import io.apotheca.application.audit.port.in.VerifyAuditChainUseCase;
import io.apotheca.application.cart.port.in.ManageCartUseCase;
import io.apotheca.application.catalog.port.in.ManageCategoriesUseCase;
import io.apotheca.application.catalog.port.in.ManageProductImagesUseCase;
import io.apotheca.application.catalog.port.in.ManageProductsUseCase;
import io.apotheca.application.catalog.port.in.SearchProductsUseCase;
import io.apotheca.application.health.port.in.CheckReadinessUseCase;
import io.apotheca.application.identity.IdentityUseCases;
import io.apotheca.application.inventory.port.in.ManageStockUseCase;
import io.apotheca.application.inventory.port.in.StockReportsUseCase;
import io.apotheca.application.order.port.in.FulfilOrdersUseCase;
import io.apotheca.application.order.port.in.OrdersUseCase;
import io.apotheca.application.payment.port.in.PayForOrderUseCase;
import io.apotheca.application.payment.port.in.ReceiveProviderEventUseCase;
import io.apotheca.application.payment.port.in.RefundOrderUseCase;
import io.apotheca.application.prescription.port.in.PrescriptionsUseCase;
import io.apotheca.application.prescription.port.in.ReviewPrescriptionsUseCase;
import io.apotheca.application.pricing.port.in.ManageShippingOptionsUseCase;
import io.apotheca.application.pricing.port.in.ManageTaxRatesUseCase;
import io.apotheca.application.shared.IdempotentRequests;
import io.apotheca.application.shared.port.out.IdGenerator;
import java.util.Objects;

/**
 * Everything the API calls into the pharmacy's core, handed over by bootstrap.
 *
 * @param checkReadiness whether the instance can serve
 * @param ids new ids, here for request ids
 * @param identity accounts, sessions and licences
 * @param browseAudit the audit trail
 * @param verifyAudit the audit chain's verification
 * @param categories the category tree
 * @param products the catalog's products
 * @param productImages products' pictures
 * @param taxRates administrators' tax rates
 * @param shippingOptions the shipping options
 * @param search the shop window
 * @param stock lots and stock
 * @param reports low stock and expiring lots
 * @param cart the customer's cart
 * @param orders checkout and orders
 * @param fulfilment dispensing, shipping, delivery
 * @param idempotentRequests the Idempotency-Key mechanism
 * @param prescriptions uploads, the queue and documents
 * @param review pharmacists' claims and decisions
 * @param pay paying for orders
 * @param refunds administrators' refunds
 * @param providerEvents the payment provider's webhook
 */
public record ApiUseCases(
        CheckReadinessUseCase checkReadiness,
        IdGenerator ids,
        IdentityUseCases identity,
        BrowseAuditLogUseCase browseAudit,
        VerifyAuditChainUseCase verifyAudit,
        ManageCategoriesUseCase categories,
        ManageProductsUseCase products,
        ManageProductImagesUseCase productImages,
        ManageTaxRatesUseCase taxRates,
        ManageShippingOptionsUseCase shippingOptions,
        SearchProductsUseCase search,
        ManageStockUseCase stock,
        StockReportsUseCase reports,
        ManageCartUseCase cart,
        OrdersUseCase orders,
        FulfilOrdersUseCase fulfilment,
        IdempotentRequests idempotentRequests,
        PrescriptionsUseCase prescriptions,
        ReviewPrescriptionsUseCase review,
        PayForOrderUseCase pay,
        RefundOrderUseCase refunds,
        ReceiveProviderEventUseCase providerEvents) {

    public ApiUseCases {
        Objects.requireNonNull(checkReadiness, "checkReadiness");
        Objects.requireNonNull(ids, "ids");
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(browseAudit, "browseAudit");
        Objects.requireNonNull(verifyAudit, "verifyAudit");
        Objects.requireNonNull(categories, "categories");
        Objects.requireNonNull(products, "products");
        Objects.requireNonNull(productImages, "productImages");
        Objects.requireNonNull(taxRates, "taxRates");
        Objects.requireNonNull(shippingOptions, "shippingOptions");
        Objects.requireNonNull(stock, "stock");
        Objects.requireNonNull(pay, "pay");
        Objects.requireNonNull(refunds, "refunds");
        Objects.requireNonNull(providerEvents, "providerEvents");
    }
}
