package io.apotheca.persistence.memory;

import io.apotheca.application.identity.port.out.Users;
import io.apotheca.application.shared.port.out.ChangeBroadcast;
import io.apotheca.application.shared.port.out.ChangeBroadcast.Change;
import io.apotheca.application.shared.port.out.ChangeBroadcast.Kind;
import io.apotheca.domain.identity.Email;
import io.apotheca.domain.identity.User;
import io.apotheca.domain.identity.UserId;
import io.apotheca.persistence.JdbiContext;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * Accounts kept in memory by id (a checkout asks whether the e-mail is verified); a change to an
 * account is announced once committed. Locking an account always reads the database.
 */
final class CaffeineUsers implements Users, ChangeBroadcast.Listener {

    private final Users stored;
    private final JdbiContext db;
    private final ChangeBroadcast broadcast;
    private final Kept<UserId, User> byId;

    CaffeineUsers(Users stored, JdbiContext db, ChangeBroadcast broadcast) {
        this.stored = stored;
        this.db = db;
        this.broadcast = broadcast;
        this.byId = new Kept<>(broadcast, db::inTransaction, 20_000, Duration.ofMinutes(10));
        broadcast.listen(this);
    }

    @Override
    public Optional<User> byId(UserId id) {
        return Optional.ofNullable(byId.get(id, key -> stored.byId(key).orElse(null)));
    }

    @Override
    public Optional<User> byEmail(Email email) {
        return stored.byEmail(email);
    }

    @Override
    public Optional<User> lock(UserId id) {
        return stored.lock(id);
    }

    @Override
    public boolean add(User user) {
        return stored.add(user);
    }

    @Override
    public void update(User user) {
        stored.update(user);
        db.afterCommit(
                () -> broadcast.announce(Change.of(Kind.ACCOUNT, user.id().value())));
    }

    @Override
    public void changed(Change change) {
        if (change.kind() == Kind.ACCOUNT) {
            byId.forget(new UserId(UUID.fromString(change.key())));
        }
    }

    @Override
    public void forgetAll() {
        byId.forgetAll();
    }
}
