package io.apotheca.application.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.apotheca.application.identity.port.out.Users;
import io.apotheca.application.shared.port.out.Transactions;
import io.apotheca.domain.identity.Email;
import io.apotheca.domain.identity.PasswordHash;
import io.apotheca.domain.identity.Role;
import io.apotheca.domain.identity.User;
import io.apotheca.domain.identity.UserId;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every way of running a command as one transaction must do: what the block writes is kept when
 * it returns, and nothing it wrote is kept when it throws; a block run inside another joins it; a
 * command run all or nothing keeps nothing when it is refused. The
 * writes are made through a store of accounts that takes part in the transactions; the in-memory
 * transactions promise this only for the stores they are given to guard.
 */
public abstract class TransactionsContract {

    private static final Instant REGISTERED = Instant.parse("2026-11-30T09:00:00Z");

    /** The transactions under test. */
    protected abstract Transactions transactions();

    /** A store of accounts whose writes take part in those transactions. */
    protected abstract Users users();

    @Test
    void what_a_block_writes_is_kept_when_it_returns_and_its_value_reaches_the_caller() {
        User user = anAccount();

        String answer = transactions().inTransaction(() -> {
            users().add(user);
            return "registered";
        });

        assertThat(answer).isEqualTo("registered");
        assertThat(users().byId(user.id())).contains(user);
    }

    @Test
    void nothing_a_block_wrote_is_kept_when_it_throws_and_its_exception_reaches_the_caller() {
        User kept = anAccount();
        users().add(kept);
        User added = anAccount();
        IllegalStateException failure = new IllegalStateException("the command failed");

        assertThatThrownBy(() -> transactions().inTransaction(() -> {
                    users().add(added);
                    users().update(kept.withFullName("Changed Then Undone"));
                    throw failure;
                }))
                .isSameAs(failure);

        assertThat(users().byId(added.id())).isEmpty();
        assertThat(users().byId(kept.id())).contains(kept);
    }

    @Test
    void a_block_inside_a_block_joins_it_so_the_outer_failure_undoes_the_inner_writes() {
        User inner = anAccount();

        assertThatThrownBy(() -> transactions().inTransaction(() -> {
                    transactions().inTransaction(() -> users().add(inner));
                    throw new IllegalStateException("the outer command failed");
                }))
                .isInstanceOf(IllegalStateException.class);

        assertThat(users().byId(inner.id())).isEmpty();
    }

    @Test
    void a_refusal_returned_by_the_block_keeps_what_it_wrote() {
        User first = anAccount();
        User sameEmail = new User(
                new UserId(UUID.randomUUID()),
                first.email(),
                "Second Registration",
                Role.CUSTOMER,
                true,
                first.passwordHash(),
                REGISTERED);

        boolean secondAdded = transactions().inTransaction(() -> {
            users().add(first);
            return users().add(sameEmail);
        });

        assertThat(secondAdded).isFalse();
        assertThat(users().byEmail(first.email())).contains(first);
    }

    @Test
    void a_failed_block_leaves_the_next_one_free_to_write() {
        User after = anAccount();
        assertThatThrownBy(() -> transactions().inTransaction(() -> {
                    throw new IllegalArgumentException("refused");
                }))
                .isInstanceOf(IllegalArgumentException.class);

        transactions().inTransaction(() -> users().add(after));

        assertThat(users().byId(after.id())).contains(after);
    }

    @Test
    void a_command_run_all_or_nothing_keeps_what_it_wrote_when_done() {
        User user = anAccount();

        Outcome<String> outcome = transactions().allOrNothing(() -> {
            users().add(user);
            return Outcome.done("registered");
        });

        assertThat(outcome).isEqualTo(Outcome.done("registered"));
        assertThat(users().byId(user.id())).contains(user);
    }

    @Test
    void a_command_run_all_or_nothing_undoes_what_it_wrote_when_refused_and_the_refusal_reaches_the_caller() {
        User kept = anAccount();
        users().add(kept);
        User added = anAccount();
        Refusal taken = Refusal.of(IdentityReason.LICENCE_TAKEN, "taken");

        Outcome<String> outcome = transactions().allOrNothing(() -> {
            users().add(added);
            users().update(kept.withFullName("Changed Then Undone"));
            return Outcome.refused(taken);
        });

        assertThat(outcome).isEqualTo(Outcome.refused(taken));
        assertThat(users().byId(added.id())).isEmpty();
        assertThat(users().byId(kept.id())).contains(kept);
    }

    @Test
    void a_refused_command_inside_a_block_undoes_only_its_own_writes() {
        User outer = anAccount();
        User inner = anAccount();

        Outcome<String> innerOutcome = transactions().inTransaction(() -> {
            users().add(outer);
            return transactions().allOrNothing(() -> {
                users().add(inner);
                return Outcome.refused(Refusal.forbidden());
            });
        });

        assertThat(innerOutcome).isInstanceOf(Outcome.Refused.class);
        assertThat(users().byId(outer.id())).contains(outer);
        assertThat(users().byId(inner.id())).isEmpty();
    }

    private static User anAccount() {
        UserId id = new UserId(UUID.randomUUID());
        return new User(
                id,
                new Email("tx-" + id.value() + "@example.org"),
                "Ada Lovelace",
                Role.CUSTOMER,
                true,
                new PasswordHash("$argon2id$stand-in"),
                REGISTERED);
    }
}
