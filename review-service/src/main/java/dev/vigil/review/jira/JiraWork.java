package dev.vigil.review.jira;

import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import dev.vigil.platform.messaging.SystemCommands;
import dev.vigil.platform.scheduling.PersistentScheduler;
import dev.vigil.review.actionitems.ActionItemCommands.RecordJiraFailure;
import dev.vigil.review.actionitems.TrackerOutbox;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * The Jira sync as persistent scheduled work (db-scheduler, in review-service's database, so it survives restarts
 * and runs once across instances):
 * <ul>
 * <li>{@code jira-sync}, one execution per item ({@code <itemId>}) written by the command that changed the item, in
 *     its transaction (the outbox), plus one per webhook delivery, poll hit or admin resync. A failed run is recorded
 *     on the item (FAILED, with the error) and rescheduled with back-off, or after Jira's Retry-After if longer;</li>
 * <li>{@code jira-poll}, one execution that searches Jira for issues updated since the stored watermark and
 *     reschedules itself every poll interval, so a missed webhook is caught up.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(JiraSettings.class)
class JiraWork {

    private static final Logger log = LoggerFactory.getLogger(JiraWork.class);

    static final String SYNC = "jira-sync";
    static final String POLL = "jira-poll";
    static final String RESYNC = "@resync@";

    /** Fails a run to have it rescheduled at {@code at}. */
    static final class RetryAt extends RuntimeException {
        final Instant at;

        RetryAt(Instant at, Throwable cause) {
            super("retry at " + at, cause);
            this.at = at;
        }
    }

    static TaskInstance<Void> sync(String id) {
        return new TaskInstance<>(SYNC, id);
    }

    @Bean
    CustomTask<Void> jiraSyncTask(JiraSync sync, JiraSettings settings, SystemCommands commands, Clock clock) {
        return Tasks.custom(SYNC, Void.class)
                .onFailure((ExecutionComplete complete, com.github.kagkarlsson.scheduler.task.ExecutionOperations<Void> ops) -> {
                    Instant at = complete.getCause().filter(RetryAt.class::isInstance).map(c -> ((RetryAt) c).at)
                            .orElse(complete.getTimeDone().plus(settings.backoff(complete.getExecution().consecutiveFailures + 1)));
                    ops.reschedule(complete, at);
                })
                .execute((instance, context) -> {
                    String id = instance.getId();
                    UUID item = UUID.fromString(id.contains("@") ? id.substring(0, id.indexOf('@')) : id);
                    int failures = context.getExecution().consecutiveFailures;
                    try {
                        sync.reconcile(item, id.contains(RESYNC));
                    } catch (JiraSync.Busy | ConflictingAggregateVersionException e) {
                        // another run has the item, or it changed while this one worked: again, from the start
                        throw new RetryAt(clock.instant(), e);
                    } catch (RuntimeException e) {
                        JiraException jira = e instanceof JiraException j ? j : null;
                        Duration wait = settings.backoff(failures + 1);
                        if (jira != null && jira.retryAfter().compareTo(wait) > 0) {
                            wait = jira.retryAfter();
                        }
                        Instant at = clock.instant().plus(wait);
                        String error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                        log.warn("Jira sync of action item {} failed ({} in a row), again at {}: {}", item, failures + 1,
                                at, error);
                        commands.send(new RecordJiraFailure(item, error.length() > 500 ? error.substring(0, 500) : error,
                                failures + 1, at));
                        throw new RetryAt(at, e);
                    }
                    return new CompletionHandler.OnCompleteRemove<>();
                });
    }

    @Bean
    CustomTask<Void> jiraPollTask(JiraPoll poll, JiraSettings settings) {
        return Tasks.custom(POLL, Void.class)
                .onFailure((ExecutionComplete complete, com.github.kagkarlsson.scheduler.task.ExecutionOperations<Void> ops) ->
                        ops.reschedule(complete, complete.getTimeDone().plus(settings.pollInterval())))
                .execute((instance, context) -> {
                    poll.run();
                    return (ExecutionComplete complete, com.github.kagkarlsson.scheduler.task.ExecutionOperations<Void> ops) ->
                            ops.reschedule(complete, complete.getTimeDone().plus(settings.pollInterval()));
                });
    }

    /** The outbox the action items' command handlers write to. */
    @Bean
    TrackerOutbox jiraOutbox(JiraSettings settings, ObjectProvider<PersistentScheduler> scheduler, Clock clock) {
        return new TrackerOutbox() {
            @Override
            public boolean enabled() {
                return settings.enabled();
            }

            @Override
            public void changed(UUID actionItemId) {
                schedule(actionItemId.toString());
            }

            @Override
            public void resync(UUID actionItemId) {
                schedule(actionItemId + RESYNC + clock.instant().toEpochMilli());
            }

            private void schedule(String id) {
                if (!settings.enabled()) {
                    return;
                }
                PersistentScheduler work = scheduler.getObject();
                work.schedule(sync(id), clock.instant());
                // run it soon after the change is committed, rather than at the next poll of the scheduler
                if (CurrentUnitOfWork.isStarted()) {
                    CurrentUnitOfWork.get().afterCommit(u -> work.checkNow());
                }
            }
        };
    }

    /** The poll's one execution, scheduled once however many instances start. */
    @EventListener(ApplicationReadyEvent.class)
    void startPolling(ApplicationReadyEvent ready) {
        JiraSettings settings = ready.getApplicationContext().getBean(JiraSettings.class);
        if (settings.enabled()) {
            Clock clock = ready.getApplicationContext().getBean(Clock.class);
            ready.getApplicationContext().getBean(PersistentScheduler.class)
                    .schedule(new TaskInstance<>(POLL, "jira"), clock.instant());
        }
    }
}
