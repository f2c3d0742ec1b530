/**
 * Stock as a pharmacy keeps it: in batches (lots) with an expiry date, never as a bare number. A lot
 * that is expired, recalled, quarantined or too close to its expiry is never sold
 * ({@link io.apotheca.domain.inventory.SellableBatchPolicy}); stock is held for orders at checkout
 * and taken first-expiry-first-out at fulfilment ({@link io.apotheca.domain.inventory.FefoAllocation}).
 */
package io.apotheca.domain.inventory;
