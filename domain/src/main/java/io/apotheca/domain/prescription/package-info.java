/**
 * Prescriptions: what a patient uploads for an order of prescription-only medicine, and the review
 * by a licence-verified pharmacist that alone lets such an order be paid. One type per state of the
 * review; who may review is a policy of its own; coverage says when an order may move on to payment.
 *
 * <p>Kept on file, a prescription is also what a pharmacist transcribed ({@code Transcription}: the
 * {@code Prescriber}, the date written, the {@code PrescribedItem}s), checked against the federal
 * rules for controlled substances ({@code ControlledSubstancePolicy}, 21 CFR 1306), and filled
 * again and again ({@code Fill}) as {@code FillPolicy} allows.
 */
package io.apotheca.domain.prescription;
