/** Receiving, adjusting, recalling and reporting stock kept in lots. */
package io.apotheca.application.inventory;
