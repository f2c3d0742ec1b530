package io.apotheca.application.identity.port.out;

import io.apotheca.domain.identity.Email;
import io.apotheca.domain.identity.User;
import io.apotheca.domain.identity.UserId;
import java.util.Optional;

/** Every account of the pharmacy. E-mail addresses are unique. */
public interface Users {

    Optional<User> byId(UserId id);

    Optional<User> byEmail(Email email);

    /**
     * The account, locked until the current transaction ends, so that a change computed from it
     * cannot overwrite a change made meanwhile.
     */
    Optional<User> lock(UserId id);

    /** Adds the account; false, and nothing written, when its e-mail is already taken. */
    boolean add(User user);

    /** Stores the account's new e-mail, name, password, active flag, verification or deletion. */
    void update(User user);
}
