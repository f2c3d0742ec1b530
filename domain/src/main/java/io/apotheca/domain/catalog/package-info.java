/**
 * What the pharmacy sells: products (identified by SKU, priced in {@link io.apotheca.domain.shared.Money},
 * prescription-only or not) in a tree of categories. A product is never deleted, only deactivated,
 * so orders and history keep it.
 */
package io.apotheca.domain.catalog;
