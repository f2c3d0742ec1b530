/** Reading a patient's medication record. */
package io.apotheca.application.medication.port.in;
