/** Payment attempts, refunds and the provider's event inbox in PostgreSQL. */
package io.apotheca.persistence.payment;
