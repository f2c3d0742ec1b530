/** Webhook endpoints as administrators run them over HTTP. */
package io.apotheca.http.outbound;
