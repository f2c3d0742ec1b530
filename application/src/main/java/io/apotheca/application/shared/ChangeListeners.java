package io.apotheca.application.shared;

import io.apotheca.application.shared.port.out.ChangeBroadcast.Change;
import io.apotheca.application.shared.port.out.ChangeBroadcast.Listener;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * What every broadcast channel keeps: its listeners, and the last proof that the channel works.
 * The channel counts as live only while a proof (a message, or an answer to a heartbeat) is at most
 * {@link #PROOF_WINDOW_NANOS} old; when it comes back after a gap, every listener first forgets
 * everything, since announcements sent during the gap were lost.
 */
public final class ChangeListeners {

    /** How often a channel should prove itself. */
    public static final long HEARTBEAT_MILLIS = 200;

    /** A channel with no proof for this long is taken for lost. */
    static final long PROOF_WINDOW_NANOS = TimeUnit.MILLISECONDS.toNanos(700);

    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final Object gate = new Object();
    private volatile long lastProof;
    private volatile boolean trusted;

    public void add(Listener listener) {
        listeners.add(listener);
    }

    /** Tells every listener of this instance; the announcing instance calls it before sending. */
    public void deliver(Change change) {
        for (Listener listener : listeners) {
            listener.changed(change);
        }
    }

    /** Tells every listener of a message the channel brought, and takes it as proof of life. */
    public void received(String text) {
        proof();
        Change change = Change.parse(text);
        if (change != null) {
            deliver(change);
        }
    }

    /**
     * The channel works now. After a gap (or at the start) every listener forgets everything first,
     * and only then is the channel trusted again.
     */
    public void proof() {
        synchronized (gate) {
            if (!live()) {
                trusted = false;
                for (Listener listener : listeners) {
                    listener.forgetAll();
                }
            }
            lastProof = System.nanoTime();
            trusted = true;
        }
    }

    /** The channel broke: nothing kept may be used until it proves itself again. */
    public void lost() {
        trusted = false;
    }

    /** How long since the channel last proved itself (since ever, if it never did). */
    public long silentMillis() {
        return lastProof == 0 ? Long.MAX_VALUE : TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - lastProof);
    }

    public boolean live() {
        return trusted && System.nanoTime() - lastProof < PROOF_WINDOW_NANOS;
    }
}
