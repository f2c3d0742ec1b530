/**
 * The audit trail of privileged actions: who did what to which record, when, and why. Entries are
 * chained by SHA-256 (each hash covers the entry and the previous hash), so an entry edited or
 * removed behind the application's back breaks the chain at that entry.
 */
package io.apotheca.domain.audit;
