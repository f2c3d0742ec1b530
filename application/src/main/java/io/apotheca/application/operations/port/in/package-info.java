/** Reading the business figures. */
package io.apotheca.application.operations.port.in;
