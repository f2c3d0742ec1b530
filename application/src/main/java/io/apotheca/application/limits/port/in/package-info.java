/** What an administrator does with the pharmacy's purchase limits. */
package io.apotheca.application.limits.port.in;
