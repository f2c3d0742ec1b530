package io.apotheca.application.memory;

import io.apotheca.application.identity.port.out.Users;
import io.apotheca.domain.identity.Email;
import io.apotheca.domain.identity.User;
import io.apotheca.domain.identity.UserId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Accounts in a map; e-mails unique as in the database, where an update to an e-mail another account
 * holds fails as the unique index makes it fail.
 */
public final class InMemoryUsers implements Users, Restorable {

    private final Map<UserId, User> users = new ConcurrentHashMap<>();

    @Override
    public Optional<User> byId(UserId id) {
        return Optional.ofNullable(users.get(id));
    }

    @Override
    public synchronized Optional<User> byEmail(Email email) {
        return users.values().stream().filter(u -> u.email().equals(email)).findFirst();
    }

    @Override
    public Optional<User> lock(UserId id) {
        return byId(id);
    }

    @Override
    public synchronized boolean add(User user) {
        if (byEmail(user.email()).isPresent() || users.containsKey(user.id())) {
            return false;
        }
        users.put(user.id(), user);
        return true;
    }

    @Override
    public synchronized void update(User user) {
        if (byEmail(user.email())
                .filter(holder -> !holder.id().equals(user.id()))
                .isPresent()) {
            throw new IllegalStateException("the e-mail belongs to another account");
        }
        users.replace(user.id(), user);
    }

    @Override
    public synchronized Runnable snapshot() {
        Map<UserId, User> saved = Map.copyOf(users);
        return () -> {
            synchronized (this) {
                users.clear();
                users.putAll(saved);
            }
        };
    }
}
