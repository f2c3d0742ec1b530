/**
 * How the API says no: RFC 9457 {@code application/problem+json} bodies with a stable, machine-
 * readable {@code code}, written in one place for refusals, bad input and failures alike.
 */
package io.apotheca.http.problem;
