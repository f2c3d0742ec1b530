/** What the outside asks of payments: pay, refund, receive the provider's events, settle what is left open. */
package io.apotheca.application.payment.port.in;
