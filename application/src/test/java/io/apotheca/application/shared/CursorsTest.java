package io.apotheca.application.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CursorsTest {

    private static final UUID ID = UUID.fromString("01a20036-6249-7360-9614-37ecadeeb8af");

    @Test
    void a_page_without_a_cursor_starts_at_the_beginning() {
        assertThat(Cursors.idAfter("orders", Optional.empty())).isEqualTo(Outcome.done(Optional.empty()));
    }

    @Test
    void a_cursor_of_this_list_gives_back_its_id() {
        String cursor = Cursors.encode("orders", ID.toString());

        assertThat(Cursors.idAfter("orders", Optional.of(cursor))).isEqualTo(Outcome.done(Optional.of(ID)));
    }

    @Test
    void another_lists_cursor_or_a_position_that_is_no_uuid_is_refused() {
        for (String cursor : new String[] {
            Cursors.encode("prescriptions", ID.toString()), Cursors.encode("orders", "-".repeat(36)), "%%%"
        }) {
            Outcome<Optional<UUID>> outcome = Cursors.idAfter("orders", Optional.of(cursor));
            assertThat(outcome).isInstanceOf(Outcome.Refused.class);
            assertThat(((Outcome.Refused<Optional<UUID>>) outcome).refusal().reason())
                    .isEqualTo(CommonReason.INVALID_CURSOR);
        }
    }
}
