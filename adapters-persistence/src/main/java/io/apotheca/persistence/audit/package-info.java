/** The audit trail on PostgreSQL: an append-only table the database itself refuses to change. */
package io.apotheca.persistence.audit;
