/** The queue of e-mails to send, in PostgreSQL. */
package io.apotheca.persistence.notification;
