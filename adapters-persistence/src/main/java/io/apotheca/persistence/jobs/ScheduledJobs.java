package io.apotheca.persistence.jobs;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The running scheduler; stopping it lets a job in progress finish (up to ten seconds). */
public final class ScheduledJobs implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ScheduledJobs.class);

    private final Scheduler scheduler;

    private ScheduledJobs(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    /** Starts polling for due executions of the given jobs. */
    public static ScheduledJobs start(DataSource dataSource, List<DailyJob> jobs) {
        List<RecurringTask<Void>> tasks = jobs.stream()
                .map(job -> Tasks.recurring(job.name(), Schedules.daily(ZoneOffset.UTC, job.at()))
                        .execute((instance, context) -> {
                            LOG.info("Running the daily job {}", job.name());
                            job.work().run();
                        }))
                .toList();
        Scheduler scheduler = Scheduler.create(dataSource)
                .startTasks(tasks)
                .threads(1)
                .pollingInterval(Duration.ofSeconds(30))
                .shutdownMaxWait(Duration.ofSeconds(10))
                .build();
        scheduler.start();
        return new ScheduledJobs(scheduler);
    }

    @Override
    public void close() {
        scheduler.stop();
    }
}
