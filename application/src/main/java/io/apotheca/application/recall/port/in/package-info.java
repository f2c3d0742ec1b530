/** Recalling a lot, and reading what recalls found. */
package io.apotheca.application.recall.port.in;
