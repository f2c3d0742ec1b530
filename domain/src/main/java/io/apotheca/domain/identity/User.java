package io.apotheca.domain.identity;

import java.time.Instant;
import java.util.Objects;

/**
 * An account: who it is (e-mail, full name), what it is for (role), whether it may still sign in
 * (active), and its password hash. It changes when its owner edits the profile or password, or
 * an administrator deactivates it.
 *
 * @param id the account's id
 * @param email unique across accounts, in lower case
 * @param fullName the person's name, as they gave it
 * @param role what the account is for
 * @param active whether it may sign in; a deactivated account's sessions end at once
 * @param passwordHash the stored hash of its password
 * @param createdAt when it was registered
 */
public record User(
        UserId id,
        Email email,
        String fullName,
        Role role,
        boolean active,
        PasswordHash passwordHash,
        Instant createdAt) {

    public User {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(createdAt, "createdAt");
        if (fullName.isBlank()) {
            throw new IllegalArgumentException("a full name is required");
        }
    }

    public User withPassword(PasswordHash newHash) {
        return new User(id, email, fullName, role, active, newHash, createdAt);
    }

    public User withFullName(String newName) {
        return new User(id, email, newName, role, active, passwordHash, createdAt);
    }
}
