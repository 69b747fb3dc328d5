package dev.vigil.review.actionitems;

import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import dev.vigil.platform.messaging.SystemCommands;
import dev.vigil.platform.scheduling.ScheduledWork;
import dev.vigil.review.actionitems.ActionItemCommands.RemindDueSoon;
import dev.vigil.review.actionitems.ActionItemCommands.RemindOverdue;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Instant;
import java.util.UUID;

/**
 * Action items' reminders as persistent scheduled work. The instance id names the item, the due time it was
 * set for and the reminder, so a moved due date gets new executions and the stale ones find nothing to do;
 * an execution that runs twice sends a command that records once.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ActionItemSettings.class)
class ActionItemClock {

    static final ScheduledWork DUE_SOON = new ScheduledWork("action-item-due-soon");
    static final ScheduledWork OVERDUE = new ScheduledWork("action-item-overdue");

    static TaskInstance<Void> dueSoon(UUID itemId, Instant dueAt, int daysLeft) {
        return DUE_SOON.instance(itemId + "@" + dueAt + "@" + daysLeft);
    }

    static TaskInstance<Void> overdue(UUID itemId, Instant dueAt, int weeksOverdue) {
        return OVERDUE.instance(itemId + "@" + dueAt + "@" + weeksOverdue);
    }

    @Bean
    OneTimeTask<Void> actionItemDueSoonTask(SystemCommands commands) {
        return DUE_SOON.task(id -> {
            String[] parts = id.split("@");
            commands.send(new RemindDueSoon(UUID.fromString(parts[0]), Instant.parse(parts[1]), Integer.parseInt(parts[2])));
        });
    }

    @Bean
    OneTimeTask<Void> actionItemOverdueTask(SystemCommands commands) {
        return OVERDUE.task(id -> {
            String[] parts = id.split("@");
            commands.send(new RemindOverdue(UUID.fromString(parts[0]), Instant.parse(parts[1]), Integer.parseInt(parts[2])));
        });
    }
}
