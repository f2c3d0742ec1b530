/**
 * What an order costs beyond its goods: sales tax by tax category, worked out per line, and the
 * shipping option the customer chose. Catalog prices are net of tax; an order's total is its
 * subtotal plus its tax plus its shipping, and that total is what the customer is charged and what
 * refunds are capped at.
 */
package io.apotheca.domain.pricing;
