/** What customers, pharmacists and administrators can do with accounts and sessions. */
package io.apotheca.application.identity.port.in;
