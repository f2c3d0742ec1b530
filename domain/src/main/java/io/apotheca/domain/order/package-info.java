/**
 * An order's life, one type per state: placed (awaiting its prescription or its payment, holding
 * stock until {@code holdExpiresAt}), paid by card or confirmed for cash on delivery, fulfilled
 * first-expiry-first-out, shipped, delivered; or cancelled (by the customer, staff or expiry) or
 * refunded. Only legal transitions exist as methods, so an illegal one does not compile.
 */
package io.apotheca.domain.order;
