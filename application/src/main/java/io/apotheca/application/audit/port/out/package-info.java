/** The append-only store of audit entries. */
package io.apotheca.application.audit.port.out;
