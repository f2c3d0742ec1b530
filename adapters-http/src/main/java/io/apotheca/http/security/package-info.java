/**
 * Credentials as the API handles them: Argon2id password hashes (BouncyCastle), HS256 access tokens
 * (java-jwt, algorithm pinned), token buckets for rate limits (bucket4j), who the client is behind
 * trusted proxies, and the authentication of each request.
 */
package io.apotheca.http.security;
