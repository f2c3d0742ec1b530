/** What a customer does with their cart. */
package io.apotheca.application.cart.port.in;
