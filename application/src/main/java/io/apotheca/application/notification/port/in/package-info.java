/** What the scheduler does with queued e-mails. */
package io.apotheca.application.notification.port.in;
