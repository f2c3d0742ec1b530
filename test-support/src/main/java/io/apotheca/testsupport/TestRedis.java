package io.apotheca.testsupport;

/**
 * The part of the run's Redis that belongs to one test class: every key it writes starts with
 * {@code keyPrefix}, and the keys are removed when the class ends.
 *
 * @param url the server, as {@code REDIS_URL} takes it
 * @param keyPrefix the namespace of this test class
 */
public record TestRedis(String url, String keyPrefix) {}
