/**
 * Whether this instance of the pharmacy can serve: it is ready when every system of record it
 * depends on (PostgreSQL, and Redis when configured) answers.
 */
package io.apotheca.application.health;
