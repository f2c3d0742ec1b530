package io.apotheca.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The CPU time the whole machine has spent busy (user, nice, system, interrupts, steal), from the
 * first line of {@code /proc/stat}: every process counts, the pharmacy's, PostgreSQL's, Redis's and
 * the load generator's. NaN where there is no {@code /proc}.
 */
final class MachineCpu {

    /** Linux counts {@code /proc/stat} in clock ticks of 1/100 s on every common architecture. */
    private static final double TICKS_PER_SECOND = 100;

    private MachineCpu() {}

    /** Busy CPU seconds since boot, over all cores. */
    static double busySeconds() {
        try {
            String[] fields =
                    Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            // cpu user nice system idle iowait irq softirq steal ...
            long busy = 0;
            for (int i : new int[] {1, 2, 3, 6, 7, 8}) {
                busy += i < fields.length ? Long.parseLong(fields[i]) : 0;
            }
            return busy / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }
}
