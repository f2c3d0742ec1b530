/** Where the business figures are counted. */
package io.apotheca.application.operations.port.out;
