/** What the PostgreSQL adapter keeps in memory of the database, and how instances tell each other it changed. */
package io.apotheca.persistence.memory;
