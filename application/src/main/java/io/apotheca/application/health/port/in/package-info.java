/** Incoming port: asking whether the pharmacy is ready to serve. */
package io.apotheca.application.health.port.in;
