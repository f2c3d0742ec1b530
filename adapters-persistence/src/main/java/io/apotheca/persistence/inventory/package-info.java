/** Lots, stock movements and holds on PostgreSQL. */
package io.apotheca.persistence.inventory;
