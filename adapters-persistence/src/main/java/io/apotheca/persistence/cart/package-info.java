/** Carts on PostgreSQL. */
package io.apotheca.persistence.cart;
