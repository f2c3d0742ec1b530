/**
 * What every capability's use cases share: the kernel (clock, ids, transactions), who is asking
 * ({@link io.apotheca.application.shared.Caller}), what a command came to
 * ({@link io.apotheca.application.shared.Outcome}), and why one is refused: a
 * {@link io.apotheca.application.shared.Refusal} whose reason is one capability's own
 * ({@code CommonReason}, {@code IdentityReason}, {@code CatalogReason}, {@code PricingReason},
 * {@code InventoryReason}, {@code OrderReason}, {@code PrescriptionReason}, {@code PaymentReason}).
 */
package io.apotheca.application.shared;
