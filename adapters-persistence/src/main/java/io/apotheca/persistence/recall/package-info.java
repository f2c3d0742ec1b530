/** Recalls in PostgreSQL, and what a recall finds in the stock ledger and the holds. */
package io.apotheca.persistence.recall;
