/** Checkout and the life of an order: holds, cancellation, history. */
package io.apotheca.application.order;
