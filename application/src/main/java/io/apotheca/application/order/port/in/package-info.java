/** What customers and staff do with orders. */
package io.apotheca.application.order.port.in;
