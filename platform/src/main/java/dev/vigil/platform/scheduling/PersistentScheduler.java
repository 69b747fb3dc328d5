package dev.vigil.platform.scheduling;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The one place scheduled work goes (due dates, expiries, reminders, regulatory clocks): db-scheduler
 * on the service's own database, so an execution survives restarts and, with several instances,
 * runs on one of them once. Time is the service's injected {@link Clock}, so tests move it instead
 * of waiting. Work is scheduled by command handlers (never by event handlers, which replays would
 * run again), inside their transaction: an execution exists exactly when its cause was recorded.
 */
public class PersistentScheduler implements SmartLifecycle {

    private final Scheduler scheduler;
    private volatile boolean running;

    public PersistentScheduler(DataSource dataSource, List<Task<?>> tasks, Clock clock, Duration pollingInterval) {
        this.scheduler = tasks.isEmpty() ? null : Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), tasks)
                .clock(clock::instant)
                .pollingInterval(pollingInterval)
                .threads(2)
                .shutdownMaxWait(Duration.ofSeconds(5))
                .build();
    }

    /** Schedules the instance at the instant unless it is already scheduled (an instance id runs once). */
    public <T> boolean schedule(TaskInstance<T> instance, Instant at) {
        return require().scheduleIfNotExists(instance, at);
    }

    /** Looks for due executions now, rather than at the next poll: after a test moved the clock, say. */
    public void checkNow() {
        require().triggerCheckForDueExecutions();
    }

    private Scheduler require() {
        if (scheduler == null) {
            throw new IllegalStateException("this service declares no scheduled tasks");
        }
        return scheduler;
    }

    @Override
    public void start() {
        if (scheduler != null) {
            scheduler.start();
        }
        running = true;
    }

    @Override
    public void stop() {
        if (scheduler != null) {
            scheduler.stop();
        }
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Started last and stopped first: executions send commands, which need everything else. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }
}
