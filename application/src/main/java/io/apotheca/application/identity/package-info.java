/**
 * Accounts and access: registration, sign-in with rotating refresh tokens, profiles, and the
 * administrator's verification of pharmacist licences. Each use case states who may run it.
 */
package io.apotheca.application.identity;
