/** The outbox store and the publisher events are handed to (a broker adapter, or a log). */
package io.apotheca.application.events.port.out;
