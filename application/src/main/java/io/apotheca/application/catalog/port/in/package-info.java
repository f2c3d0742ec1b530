/** What administrators and shoppers do with the catalog. */
package io.apotheca.application.catalog.port.in;
