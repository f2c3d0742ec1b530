/**
 * Domain events (order placed, cancelled, expired, fulfilled, …): recorded in the outbox inside the
 * transaction of the change, then relayed to the event publisher at least once. Consumers must
 * deduplicate by event id.
 */
package io.apotheca.application.events;
