/**
 * The demo pharmacy ({@code APOTHECA_DEMO_DATA=true}): a catalog, stock, tax rates, shipping options,
 * pictures and two demo accounts, loaded once into an empty database through the same use cases an
 * administrator would use.
 */
package io.apotheca.bootstrap.demo;
