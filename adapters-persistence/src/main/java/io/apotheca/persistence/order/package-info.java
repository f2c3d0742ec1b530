/** Orders and their lines on PostgreSQL. */
package io.apotheca.persistence.order;
