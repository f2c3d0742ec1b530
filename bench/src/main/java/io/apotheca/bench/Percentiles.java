package io.apotheca.bench;

/** Quantiles of latencies measured by the load harnesses. */
final class Percentiles {

    private Percentiles() {}

    /** The {@code quantile} of sorted nanosecond samples, in milliseconds; 0 when there are none. */
    static double ms(long[] sortedNanos, double quantile) {
        return sortedNanos.length == 0
                ? 0
                : sortedNanos[(int) Math.min(sortedNanos.length - 1, Math.floor(quantile * sortedNanos.length))] / 1e6;
    }
}
