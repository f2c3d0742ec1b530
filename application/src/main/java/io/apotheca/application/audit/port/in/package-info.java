/** What administrators can do with the audit trail: browse it, verify its chain. */
package io.apotheca.application.audit.port.in;
