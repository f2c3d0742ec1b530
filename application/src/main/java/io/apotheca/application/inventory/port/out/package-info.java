/** The stores of stock: lots, their movements, and the holds of open orders. */
package io.apotheca.application.inventory.port.out;
