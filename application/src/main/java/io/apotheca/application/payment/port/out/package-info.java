/** What payments need from the outside: the payment provider, the payments store, the inbox of provider events. */
package io.apotheca.application.payment.port.out;
