/**
 * Webhook deliveries over HTTP: each event posted as JSON, signed, with short timeouts and no
 * redirects, and only to public addresses unless the operator allows private ones.
 */
package io.apotheca.webhooks;
