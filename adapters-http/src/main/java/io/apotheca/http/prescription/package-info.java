/** The prescriptions resource: upload, the pharmacists' queue and review, the document. */
package io.apotheca.http.prescription;
