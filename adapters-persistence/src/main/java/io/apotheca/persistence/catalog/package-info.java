/** Categories and products on PostgreSQL. */
package io.apotheca.persistence.catalog;
