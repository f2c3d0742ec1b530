/**
 * The audit trail: privileged actions are recorded in the same transaction as the action itself,
 * chained by hash, listed and verified for administrators.
 */
package io.apotheca.application.audit;
