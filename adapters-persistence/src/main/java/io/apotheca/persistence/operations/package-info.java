/** The business figures, counted in PostgreSQL. */
package io.apotheca.persistence.operations;
