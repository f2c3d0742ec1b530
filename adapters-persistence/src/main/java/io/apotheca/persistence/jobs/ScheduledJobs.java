package io.apotheca.persistence.jobs;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedule;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running scheduler (db-scheduler): executions live in PostgreSQL, so with several instances
 * each runs on exactly one. It polls at half the shortest interval (1 to 30 s). Stopping it lets a
 * job in progress finish (up to ten seconds).
 */
public final class ScheduledJobs implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ScheduledJobs.class);

    private final Scheduler scheduler;

    private ScheduledJobs(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    /** Starts polling for due executions of the given jobs. */
    public static ScheduledJobs start(DataSource dataSource, List<ScheduledJob> jobs) {
        List<RecurringTask<Void>> tasks = jobs.stream()
                .map(job -> Tasks.recurring(job.name(), schedule(job.schedule()))
                        .execute((instance, context) -> {
                            LOG.debug("Running the job {}", job.name());
                            job.work().run();
                        }))
                .toList();
        Scheduler scheduler = Scheduler.create(dataSource)
                .startTasks(tasks)
                .threads(Math.max(1, jobs.size()))
                .pollingInterval(pollingInterval(jobs))
                .shutdownMaxWait(Duration.ofSeconds(10))
                .build();
        scheduler.start();
        return new ScheduledJobs(scheduler);
    }

    private static Schedule schedule(ScheduledJob.Schedule schedule) {
        if (schedule instanceof ScheduledJob.DailyAt daily) {
            return Schedules.daily(ZoneOffset.UTC, daily.time());
        }
        return Schedules.fixedDelay(((ScheduledJob.Every) schedule).interval());
    }

    private static Duration pollingInterval(List<ScheduledJob> jobs) {
        Duration shortest = jobs.stream()
                .map(ScheduledJob::schedule)
                .filter(s -> s instanceof ScheduledJob.Every)
                .map(s -> ((ScheduledJob.Every) s).interval().dividedBy(2))
                .min(Duration::compareTo)
                .orElse(Duration.ofSeconds(30));
        return shortest.compareTo(Duration.ofMillis(500)) < 0
                ? Duration.ofMillis(500)
                : shortest.compareTo(Duration.ofSeconds(30)) > 0 ? Duration.ofSeconds(30) : shortest;
    }

    @Override
    public void close() {
        scheduler.stop();
    }
}
