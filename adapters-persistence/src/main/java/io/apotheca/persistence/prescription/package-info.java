/** Prescriptions and the state of their review, in PostgreSQL. */
package io.apotheca.persistence.prescription;
