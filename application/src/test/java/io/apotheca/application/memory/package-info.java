/**
 * In-memory stand-ins for the outbound ports, for tests of the use cases that need no database. Each
 * one passes the contract test its port's real adapters pass.
 */
package io.apotheca.application.memory;
