/** The endpoints, the per-destination delivery queue, and the HTTP transport of a webhook. */
package io.apotheca.application.outbound.port.out;
