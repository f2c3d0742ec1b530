/** Running and browsing the catalog: products and categories. */
package io.apotheca.application.catalog;
