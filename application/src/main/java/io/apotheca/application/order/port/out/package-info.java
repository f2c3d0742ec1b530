/** Where orders are kept. */
package io.apotheca.application.order.port.out;
