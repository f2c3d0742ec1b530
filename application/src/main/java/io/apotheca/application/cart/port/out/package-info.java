/** Where carts are kept: PostgreSQL, or Redis written behind to PostgreSQL. */
package io.apotheca.application.cart.port.out;
