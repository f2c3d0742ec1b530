/** The queue of e-mails to send and the mailer that sends them. */
package io.apotheca.application.notification.port.out;
