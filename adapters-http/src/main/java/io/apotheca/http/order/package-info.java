/** {@code /api/v1/orders}: checkout, order history, cancellation. */
package io.apotheca.http.order;
