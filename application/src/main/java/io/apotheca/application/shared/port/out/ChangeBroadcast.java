package io.apotheca.application.shared.port.out;

/**
 * Tells every instance of the pharmacy that something it may keep in memory has changed: a session
 * ended, an account changed, the tax rates, the shipping options, a product, the webhook endpoints.
 * Each instance forgets what it kept of it. While announcements cannot be trusted to arrive, {@link
 * #live()} is false and nothing kept in memory may be used: every read goes to the database.
 */
public interface ChangeBroadcast {

    /**
     * Announces a committed change to every instance, this one first (before this returns). Never
     * throws: an announcement that cannot be sent is logged, and the other instances' copies then
     * live at most as long as their caches keep entries.
     */
    void announce(Change change);

    /** Adds a listener; it is told on the broadcast's own thread, and must be quick. */
    void listen(Listener listener);

    /** Whether announcements arrive now; checked before every use of what is kept in memory. */
    boolean live();

    /** What changed: a kind, and the key of the one record (empty when the whole kind changed). */
    record Change(Kind kind, String key) {

        public static Change of(Kind kind, Object key) {
            return new Change(kind, String.valueOf(key));
        }

        public static Change all(Kind kind) {
            return new Change(kind, "");
        }

        /** The change as one line of text, {@code KIND:key}. */
        public String text() {
            return kind.name() + ":" + key;
        }

        /** The change a line of text names, or null for text no instance sent. */
        public static Change parse(String text) {
            int colon = text.indexOf(':');
            if (colon < 0) {
                return null;
            }
            try {
                return new Change(Kind.valueOf(text.substring(0, colon)), text.substring(colon + 1));
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }

    /** The kinds of things instances keep in memory. */
    enum Kind {
        /** One session ended; the key is its id. */
        SESSION,
        /** An account changed (role, status, sessions all ended); the key is its id. */
        ACCOUNT,
        TAX_RATES,
        SHIPPING_OPTIONS,
        /** A product or its pictures changed; the key is its id. */
        PRODUCT,
        /** The purchase-limit groups or the maxima per order. */
        PURCHASE_LIMITS
    }

    /** Someone who keeps things in memory. */
    interface Listener {

        void changed(Change change);

        /** Announcements may have been lost (the channel was down): forget everything kept. */
        void forgetAll();
    }
}
