package io.apotheca.domain.identity;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An account: who it is (e-mail, full name), what it is for (role), whether it may still sign in
 * (active), its password hash, and two moments of its life: when its owner proved the e-mail is
 * theirs, and when the account was deleted. A deleted account keeps its id, so that the orders,
 * prescriptions and audit entries the pharmacy must retain still point at it, but nothing that
 * names the person.
 *
 * @param id the account's id
 * @param email unique across accounts, in lower case
 * @param fullName the person's name, as they gave it
 * @param role what the account is for
 * @param active whether it may sign in; a deactivated account's sessions end at once
 * @param passwordHash the stored hash of its password
 * @param createdAt when it was registered
 * @param emailVerifiedAt when its owner followed the verification link (or reset the password)
 * @param deletedAt when the account was deleted and its personal data anonymised
 */
public record User(
        UserId id,
        Email email,
        String fullName,
        Role role,
        boolean active,
        PasswordHash passwordHash,
        Instant createdAt,
        Optional<Instant> emailVerifiedAt,
        Optional<Instant> deletedAt) {

    /** The name every deleted account is shown with. */
    public static final String DELETED_NAME = "Deleted account";

    /** The domain of deleted accounts' e-mails: {@code .invalid} can never receive mail (RFC 2606). */
    public static final String DELETED_EMAIL_DOMAIN = "deleted.invalid";

    public User {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(emailVerifiedAt, "emailVerifiedAt");
        Objects.requireNonNull(deletedAt, "deletedAt");
        if (fullName.isBlank()) {
            throw new IllegalArgumentException("a full name is required");
        }
        if (deletedAt.isPresent() && active) {
            throw new IllegalArgumentException("a deleted account cannot sign in");
        }
    }

    /** A new account, its e-mail not yet verified. */
    public User(
            UserId id,
            Email email,
            String fullName,
            Role role,
            boolean active,
            PasswordHash passwordHash,
            Instant createdAt) {
        this(id, email, fullName, role, active, passwordHash, createdAt, Optional.empty(), Optional.empty());
    }

    public boolean emailVerified() {
        return emailVerifiedAt.isPresent();
    }

    public boolean deleted() {
        return deletedAt.isPresent();
    }

    public User withPassword(PasswordHash newHash) {
        return new User(id, email, fullName, role, active, newHash, createdAt, emailVerifiedAt, deletedAt);
    }

    public User withFullName(String newName) {
        return new User(id, email, newName, role, active, passwordHash, createdAt, emailVerifiedAt, deletedAt);
    }

    /** The account with its e-mail proved at {@code at}; the first proof is the one kept. */
    public User withEmailVerified(Instant at) {
        return new User(
                id,
                email,
                fullName,
                role,
                active,
                passwordHash,
                createdAt,
                Optional.of(emailVerifiedAt.orElse(at)),
                deletedAt);
    }

    /**
     * The account once deleted: no name, an e-mail that names no one and frees the old one for a new
     * registration, a password hash no password matches, signed out for good. Its id, role and
     * registration date stay, for the records that must be kept.
     */
    public User anonymised(Instant at) {
        if (deleted()) {
            throw new IllegalStateException("the account is already deleted");
        }
        return new User(
                id,
                new Email("deleted-" + id + "@" + DELETED_EMAIL_DOMAIN),
                DELETED_NAME,
                role,
                false,
                PasswordHash.NONE,
                createdAt,
                Optional.empty(),
                Optional.of(at));
    }
}
