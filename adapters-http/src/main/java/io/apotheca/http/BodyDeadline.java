package io.apotheca.http;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.http.BadMessageException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.EagerContentHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Request bodies are gathered before a worker thread is given the request (whole, up to the JSON
 * limit; an upload's first megabyte), and must arrive within a deadline. On JDK 17 a request being
 * served holds a platform thread; a body trickled in a byte every few seconds used to hold one for
 * as long as its sender pleased. Here Jetty's {@link EagerContentHandler} gathers the body as it
 * arrives, holding no thread while it waits, then hands the request to a worker.
 *
 * <ul>
 *   <li>A body not complete by its deadline (a base time, plus its declared length at a minimum
 *       rate) is failed with 408; a body the client hung up on fails with its end-of-file. The
 *       request then reaches its route with that failure in place of the body's end, and the
 *       problem mapper answers it as the client's failure (408, or 499), never a server error.
 *   <li>At most as many bodies are gathered at once as there are workers, so their memory is
 *       bounded as it was when each took a worker; past that a request is answered 503.
 *   <li>A body within the JSON limit is read whole before the answer, so a request refused early
 *       (a 401) leaves no unread bytes that would make Jetty reset the connection under its answer.
 * </ul>
 *
 * <p>The chain is this handler, then the eager reader, then {@link Dispatch}, which marks the body
 * gathered; Javalin puts its servlet inside the innermost wrapper. A request without a body passes
 * straight through.
 */
final class BodyDeadline extends Handler.Wrapper {

    private static final String ARRIVAL = BodyDeadline.class.getName();

    private final Duration base;
    private final long minBytesPerSecond;
    private final long retainedBytes;
    private final long maxBodyBytes;
    private final Semaphore gathering;
    private final Dispatch dispatch;

    /**
     * @param base how long any body may take
     * @param minBytesPerSecond the slowest rate a body's declared length is given time for, on top
     * @param retainedBytes how much of a body is gathered before a worker gets the request (the JSON
     *     limit): the rest of a larger body (an upload) is read by its worker, its deadline still
     *     running
     * @param maxBodyBytes the largest upload
     * @param maxGathering how many bodies may be gathered at once
     */
    BodyDeadline(Duration base, long minBytesPerSecond, long retainedBytes, long maxBodyBytes, int maxGathering) {
        this(new Dispatch(retainedBytes), base, minBytesPerSecond, retainedBytes, maxBodyBytes, maxGathering);
    }

    private BodyDeadline(
            Dispatch dispatch,
            Duration base,
            long minBytesPerSecond,
            long retainedBytes,
            long maxBodyBytes,
            int maxGathering) {
        super(new EagerContentHandler(
                dispatch, new EagerContentHandler.RetainedContentLoaderFactory(retainedBytes, 0, false)));
        this.dispatch = dispatch;
        this.base = base;
        this.minBytesPerSecond = minBytesPerSecond;
        this.retainedBytes = retainedBytes;
        this.maxBodyBytes = maxBodyBytes;
        this.gathering = new Semaphore(maxGathering);
    }

    /** The time a body is given to arrive: the base, plus its length (declared, else its limit) at the minimum rate. */
    Duration deadlineFor(long declaredLength, long limit) {
        long length = declaredLength < 0 ? limit : Math.min(declaredLength, limit);
        return base.plusMillis(length * 1000 / minBytesPerSecond);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        long length = request.getLength();
        boolean chunked =
                request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING, HttpHeaderValue.CHUNKED.asString());
        long limit = limitOf(request);
        if (length == 0 || length < 0 && !chunked || length > limit) {
            // no body; or one refused for its declared size (413) before a byte of it is read
            return dispatch.handle(request, response, callback);
        }
        if (!gathering.tryAcquire()) {
            Response.writeError(request, response, callback, 503, "Too many request bodies are arriving at once.");
            return true;
        }
        Duration deadline = deadlineFor(length, limit);
        Arrival arrival = new Arrival(gathering);
        request.setAttribute(ARRIVAL, arrival);
        arrival.timeout = request.getComponents()
                .getScheduler()
                .schedule(
                        () -> {
                            if (arrival.expire()) {
                                request.fail(new BadMessageException(
                                        408, "The request body did not arrive within " + deadline.toSeconds() + " s"));
                            }
                        },
                        deadline.toMillis(),
                        TimeUnit.MILLISECONDS);
        // whatever happens, the deadline is called off when the exchange ends: nothing holds the request
        return super.handle(request, response, Callback.from(arrival::ended, callback));
    }

    /** The largest body this request may send: an upload's, or a JSON body's. */
    private long limitOf(Request request) {
        String type = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/") ? maxBodyBytes : retainedBytes;
    }

    /** A body on its way: gathered by its last byte, or failed by its deadline, whichever comes first. */
    private static final class Arrival {
        private final AtomicBoolean settled = new AtomicBoolean();
        private final AtomicBoolean released = new AtomicBoolean();
        private final Semaphore gathering;
        private volatile Scheduler.Task timeout;

        Arrival(Semaphore gathering) {
            this.gathering = gathering;
        }

        /** Whether the deadline is the first to settle the body. */
        boolean expire() {
            return settled.compareAndSet(false, true);
        }

        /** The worker has the request: its body no longer counts among those being gathered. */
        void dispatched(boolean whole) {
            if (released.compareAndSet(false, true)) {
                gathering.release();
            }
            if (whole) {
                settled.set(true);
                cancel();
            }
        }

        /** The exchange is over. */
        void ended() {
            dispatched(true);
        }

        private void cancel() {
            Scheduler.Task pending = timeout;
            if (pending != null) {
                pending.cancel();
            }
        }
    }

    /**
     * Sits between the eager reader and the servlet. A body gathered whole has arrived, and its
     * deadline is called off; a larger one (an upload, or a body of undeclared length) may still be
     * arriving, and keeps it until the exchange ends.
     */
    static final class Dispatch extends Handler.Wrapper {

        private final long retainedBytes;

        Dispatch(long retainedBytes) {
            this.retainedBytes = retainedBytes;
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) throws Exception {
            if (request.getAttribute(ARRIVAL) instanceof Arrival arrival) {
                long length = request.getLength();
                arrival.dispatched(length >= 0 && length <= retainedBytes);
            }
            return super.handle(request, response, callback);
        }
    }
}
