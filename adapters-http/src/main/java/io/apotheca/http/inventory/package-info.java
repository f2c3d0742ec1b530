/** {@code /api/v1/inventory}: lots, adjustments, recalls and a product's stock. */
package io.apotheca.http.inventory;
