/**
 * Recalls traced to patients. Recalling a lot takes it off sale, finds every patient who received
 * units of it (from the stock ledger's dispensing movements), cancels the open orders the remaining
 * stock can no longer serve (the newest first, refunded in full if paid) and queues one notice per
 * patient through the outbox, class I first. The recall keeps what it found, for the report.
 */
package io.apotheca.application.recall;
