/** What administrators (and verified pharmacists, reading) do with stock. */
package io.apotheca.application.inventory.port.in;
