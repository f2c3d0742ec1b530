/** {@code /api/v1/cart}: the signed-in customer's cart. */
package io.apotheca.http.cart;
