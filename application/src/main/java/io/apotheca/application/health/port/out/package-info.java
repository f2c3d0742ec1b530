/** Outgoing port: a probe per system the pharmacy depends on. */
package io.apotheca.application.health.port.out;
