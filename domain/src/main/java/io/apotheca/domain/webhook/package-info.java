/**
 * Webhooks: the endpoints an administrator registers to hear of the pharmacy's events, the secrets
 * their deliveries are signed with, and when a failed delivery is tried again or given up.
 */
package io.apotheca.domain.webhook;
