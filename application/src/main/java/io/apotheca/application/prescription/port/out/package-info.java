/** What the prescription use cases need from outside: the store of prescriptions. */
package io.apotheca.application.prescription.port.out;
