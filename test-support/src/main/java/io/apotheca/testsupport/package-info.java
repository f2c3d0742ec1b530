/**
 * Real servers for tests, never imitations. A test class asks for a {@link
 * io.apotheca.testsupport.PostgresExtension database} or a {@link io.apotheca.testsupport.RedisExtension
 * Redis namespace} of its own; behind it stands one server per test run, found in this order: the
 * servers named by {@code APOTHECA_TEST_DATABASE_URL} / {@code APOTHECA_TEST_REDIS_URL}, containers
 * when a Docker engine answers, otherwise embedded PostgreSQL and Redis binaries started for the run.
 */
package io.apotheca.testsupport;
