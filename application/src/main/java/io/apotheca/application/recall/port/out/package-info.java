/** What recalls need: their store, and refunds for the orders they cancel. */
package io.apotheca.application.recall.port.out;
