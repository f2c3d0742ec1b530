package io.apotheca.persistence.jobs;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;

/**
 * A job run on a schedule, on one instance at a time.
 *
 * @param name its unique name
 * @param schedule when it runs
 * @param work what it does; it must be safe to run twice
 */
public record ScheduledJob(String name, Schedule schedule, Runnable work) {

    public ScheduledJob {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(work, "work");
    }

    /** When a job runs. */
    public sealed interface Schedule {}

    /** Once a day at this time (UTC). */
    public record DailyAt(LocalTime time) implements Schedule {}

    /** Again this long after each run ends. */
    public record Every(Duration interval) implements Schedule {}
}
