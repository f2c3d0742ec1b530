/**
 * Redis, when configured: carts, caches and rate-limit buckets that every instance of the pharmacy
 * shares. Bootstrap connects through {@link io.apotheca.redis.RedisAdapters}; every key this adapter
 * writes starts with the configured prefix.
 */
package io.apotheca.redis;
