package io.apotheca.persistence.jobs;

import java.time.LocalTime;
import java.util.Objects;

/**
 * A job run once a day.
 *
 * @param name its unique name
 * @param at the time of day (UTC) it runs
 * @param work what it does; it must be safe to run twice
 */
public record DailyJob(String name, LocalTime at, Runnable work) {

    public DailyJob {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(work, "work");
    }
}
