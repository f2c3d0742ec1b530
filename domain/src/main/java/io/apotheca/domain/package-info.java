/**
 * The pharmacy's rules, in plain Java and nothing else: what a prescription, an order, a batch of
 * stock and a payment may become, and who may make them so. Every capability has its own package;
 * {@code shared} holds the values they all speak (money, ids).
 */
package io.apotheca.domain;
