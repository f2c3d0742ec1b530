/** Tax rates and shipping options in PostgreSQL. */
package io.apotheca.persistence.pricing;
