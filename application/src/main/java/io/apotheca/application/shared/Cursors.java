package io.apotheca.application.shared;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Opaque page cursors: a list's name and the position after which the next page starts, base64url
 * encoded. A cursor is read back only for the list that made it and only when its position is well
 * formed, so garbage or a cursor of another list is refused rather than queried.
 */
public final class Cursors {

    private static final Pattern POSITION = Pattern.compile("[0-9a-fA-F-]{1,64}");
    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private Cursors() {}

    public static String encode(String list, String position) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((list + ":" + position).getBytes(StandardCharsets.UTF_8));
    }

    /** The position, when the cursor was made by {@link #encode} for this list. */
    public static Optional<String> decode(String list, String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            String prefix = list + ":";
            if (!text.startsWith(prefix)) {
                return Optional.empty();
            }
            String position = text.substring(prefix.length());
            return POSITION.matcher(position).matches() ? Optional.of(position) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * The id a page starts after, for lists keyed by id: none without a cursor, refused as {@code
     * invalid_cursor} when the cursor is not this list's or does not hold an id in canonical form.
     */
    public static Outcome<Optional<UUID>> idAfter(String list, Optional<String> cursor) {
        if (cursor.isEmpty()) {
            return Outcome.done(Optional.empty());
        }
        return decode(list, cursor.get())
                .filter(position -> UUID_TEXT.matcher(position).matches())
                .<Outcome<Optional<UUID>>>map(position -> Outcome.done(Optional.of(UUID.fromString(position))))
                .orElseGet(() -> Outcome.refused(Refusal.of(CommonReason.INVALID_CURSOR, "The cursor is not valid.")));
    }
}
