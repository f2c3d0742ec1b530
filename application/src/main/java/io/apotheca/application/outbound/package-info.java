/**
 * Events leave the building: the relay queues each event for every destination (the broker, and
 * each webhook endpoint that asked for its type) in its own transaction, and each destination's
 * queue is drained on its own, in order per record, with back-off, so one slow receiver holds up
 * no other. Administrators register the endpoints and read their delivery logs.
 */
package io.apotheca.application.outbound;
