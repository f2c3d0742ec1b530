/** A customer's cart: what they mean to buy, priced from the catalog whenever it is shown. */
package io.apotheca.application.cart;
