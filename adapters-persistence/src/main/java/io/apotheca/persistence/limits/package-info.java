/** Purchase limit groups, their rules and their products, in PostgreSQL. */
package io.apotheca.persistence.limits;
