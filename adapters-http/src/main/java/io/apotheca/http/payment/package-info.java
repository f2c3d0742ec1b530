/** Paying for orders, refunds, and the payment provider's webhook. */
package io.apotheca.http.payment;
