/**
 * The pharmacy's system of record on PostgreSQL: a HikariCP pool, the schema kept by Flyway
 * migrations ({@code db/migration}), and Jdbi stores behind the application's ports. Bootstrap
 * opens it through {@link io.apotheca.persistence.PostgresPersistence}; everything else here is
 * package-private or lives in a capability sub-package.
 */
package io.apotheca.persistence;
