/** What patients and pharmacists do with prescriptions. */
package io.apotheca.application.prescription.port.in;
