/** {@code /api/v1/categories} and {@code /api/v1/products}: the catalog. */
package io.apotheca.http.catalog;
