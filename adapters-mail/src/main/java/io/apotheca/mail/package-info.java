/**
 * E-mail out of the pharmacy: {@link io.apotheca.mail.SmtpMailer} through an SMTP server with Jakarta
 * Mail (Angus Mail), or, when none is configured, {@link io.apotheca.mail.EmlFileMailer} into
 * {@code .eml} files that any mail program opens. Both build the same MIME message.
 */
package io.apotheca.mail;
