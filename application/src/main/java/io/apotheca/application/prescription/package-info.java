/**
 * Prescriptions: patients upload them for orders of prescription-only medicine, verified
 * pharmacists claim and decide them, and an approval that covers the order moves it on to payment
 * in the same transaction. Documents are kept by checksum and every reading of one is audited.
 */
package io.apotheca.application.prescription;
