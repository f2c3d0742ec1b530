package io.apotheca.bootstrap.config;

/**
 * The first administrator, created once at start-up when no account has that e-mail yet.
 *
 * @param email {@code APOTHECA_ADMIN_EMAIL}
 * @param password {@code APOTHECA_ADMIN_PASSWORD}
 */
public record AdminAccount(String email, Secret password) {}
