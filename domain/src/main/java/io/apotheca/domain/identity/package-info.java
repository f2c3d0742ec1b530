/**
 * Who works with the pharmacy: customers, pharmacists and administrators, their e-mail and
 * password rules, and the pharmacist's licence, which must be verified by an administrator before
 * the pharmacist may review a single prescription.
 */
package io.apotheca.domain.identity;
