/** What operators read: {@code /metrics} in Prometheus text format, and the request timings behind it. */
package io.apotheca.http.operations;
