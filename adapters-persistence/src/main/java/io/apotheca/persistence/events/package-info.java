/** The outbox on PostgreSQL. */
package io.apotheca.persistence.events;
