/**
 * E-mails to patients and staff, driven by the domain events of the outbox, never by request
 * handlers: the relay queues one e-mail per event and recipient, and the {@code send-notifications}
 * job sends them at least once, retrying failures with back-off. A request never waits for a mail
 * server. Links that carry a token (verification, password reset) get their token when the mail is
 * sent, so no usable token is ever stored.
 */
package io.apotheca.application.notification;
