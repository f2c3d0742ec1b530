/** What purchase limits need from outside: the store of limit groups. */
package io.apotheca.application.limits.port.out;
