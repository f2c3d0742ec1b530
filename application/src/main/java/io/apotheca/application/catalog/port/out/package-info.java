/** The stores of the catalog. */
package io.apotheca.application.catalog.port.out;
