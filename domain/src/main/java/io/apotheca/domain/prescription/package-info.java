/**
 * Prescriptions: what a patient uploads for an order of prescription-only medicine, and the review
 * by a licence-verified pharmacist that alone lets such an order be paid. One type per state of the
 * review; who may review is a policy of its own; coverage says when an order may move on to payment.
 */
package io.apotheca.domain.prescription;
