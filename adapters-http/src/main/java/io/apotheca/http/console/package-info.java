/** The pharmacy console's page and modules, served under a strict Content-Security-Policy. */
package io.apotheca.http.console;
