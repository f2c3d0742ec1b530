/**
 * Real servers for tests, never imitations. A test class asks for a {@link
 * io.apotheca.testsupport.PostgresExtension database} or a {@link io.apotheca.testsupport.RedisExtension
 * Redis namespace} of its own, or for the run's {@link io.apotheca.testsupport.RabbitServers RabbitMQ
 * broker}; behind each stands one server per test run, found in this order: the servers named by
 * {@code APOTHECA_TEST_DATABASE_URL} / {@code APOTHECA_TEST_REDIS_URL} / {@code
 * APOTHECA_TEST_RABBITMQ_URL}, containers when a Docker engine answers, otherwise embedded PostgreSQL
 * and Redis binaries and a RabbitMQ node from the machine's {@code rabbitmq-server}, started for the
 * run. Tests that stop a broker start a {@link io.apotheca.testsupport.RabbitNode} of their own.
 */
package io.apotheca.testsupport;
