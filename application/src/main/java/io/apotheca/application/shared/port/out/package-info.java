/** Outgoing ports every capability needs: new ids. */
package io.apotheca.application.shared.port.out;
