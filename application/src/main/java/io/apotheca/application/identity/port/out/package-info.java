/** What account and session use cases need from outside: stores, hashing, tokens. */
package io.apotheca.application.identity.port.out;
