/** Webhook endpoints and the per-destination event delivery queue, on PostgreSQL. */
package io.apotheca.persistence.outbound;
