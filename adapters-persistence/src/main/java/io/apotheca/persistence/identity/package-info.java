/** Accounts, licences and sessions on PostgreSQL. */
package io.apotheca.persistence.identity;
