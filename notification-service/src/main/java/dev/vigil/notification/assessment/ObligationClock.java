package dev.vigil.notification.assessment;

import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import dev.vigil.notification.assessment.ObligationCommands.FireClock;
import dev.vigil.notification.obligations.Obligations;
import dev.vigil.platform.messaging.SystemCommands;
import dev.vigil.platform.scheduling.ScheduledWork;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The regulatory clocks, as persistent scheduled work: for each stage with a deadline, executions at
 * 50, 75 and 90% of its window (due soon) and at the deadline (overdue). The instance id names the
 * incident, the obligation, the stage and the deadline it was set for, so a moved deadline gets new
 * executions and the old ones find nothing to do; an execution that runs twice records once.
 */
@Configuration(proxyBeanMethods = false)
class ObligationClock {

    static final ScheduledWork WORK = new ScheduledWork("notification-obligation-clock");
    static final List<Integer> DUE_SOON = List.of(50, 75, 90);
    static final int OVERDUE = 100;
    private static final String SEPARATOR = "|";

    static TaskInstance<Void> instance(UUID incidentId, String key, String stageId, Instant dueAt, int percent) {
        return WORK.instance(String.join(SEPARATOR, incidentId.toString(), key, stageId, dueAt.toString(),
                Integer.toString(percent)));
    }

    /** The instant {@code percent} of the window from {@code start} to {@code due} has passed. */
    static Instant at(Instant start, Instant due, int percent) {
        Duration window = Duration.between(start, due);
        return start.plus(window.multipliedBy(percent).dividedBy(100));
    }

    @Bean
    OneTimeTask<Void> obligationClockTask(SystemCommands commands) {
        return WORK.task(id -> {
            String[] parts = id.split("\\" + SEPARATOR);
            commands.send(new FireClock(UUID.fromString(parts[0]), parts[1], parts[2], Instant.parse(parts[3]),
                    Integer.parseInt(parts[4])));
        });
    }

    /** The engine with the shipped regime catalogue and jollyday's public holidays. */
    @Bean
    Obligations obligations() {
        return Obligations.standard();
    }
}
