/** Relaying recorded events to the publisher. */
package io.apotheca.application.events.port.in;
