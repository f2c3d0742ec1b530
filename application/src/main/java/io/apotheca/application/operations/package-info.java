/**
 * What operators watch: the pharmacy's business figures (orders placed, holds expired, prescriptions
 * waiting and for how long, payment-provider events, refunds), read for the metrics endpoint.
 */
package io.apotheca.application.operations;
