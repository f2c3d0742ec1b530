/** What administrators do with webhook endpoints, and the delivery jobs. */
package io.apotheca.application.outbound.port.in;
