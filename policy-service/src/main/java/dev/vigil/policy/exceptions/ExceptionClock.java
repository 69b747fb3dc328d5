package dev.vigil.policy.exceptions;

import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import dev.vigil.platform.messaging.SystemCommands;
import dev.vigil.platform.scheduling.ScheduledWork;
import dev.vigil.policy.exceptions.ExceptionCommands.ExpireException;
import dev.vigil.policy.exceptions.ExceptionCommands.RemindExpiry;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Instant;
import java.util.UUID;

/**
 * A waiver's expiry and its reminders (30, 7 and 1 days before), as persistent scheduled work. The
 * instance id names the expiry it was set for, so a renewal's new expiry gets new executions and the
 * old ones find nothing to do; and an execution that runs twice sends a command that records once.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ExceptionSettings.class)
class ExceptionClock {

    static final ScheduledWork EXPIRY_WORK = new ScheduledWork("policy-exception-expiry");
    static final ScheduledWork REMINDER_WORK = new ScheduledWork("policy-exception-reminder");
    static final String EXPIRY = EXPIRY_WORK.name();
    static final String REMINDER = REMINDER_WORK.name();

    static TaskInstance<Void> expiry(UUID exceptionId, Instant expiresAt) {
        return EXPIRY_WORK.instance(exceptionId + "@" + expiresAt);
    }

    static TaskInstance<Void> reminder(UUID exceptionId, Instant expiresAt, int daysLeft) {
        return REMINDER_WORK.instance(exceptionId + "@" + expiresAt + "@" + daysLeft);
    }

    @Bean
    OneTimeTask<Void> policyExceptionExpiryTask(SystemCommands commands) {
        return EXPIRY_WORK.task(id -> {
            String[] parts = id.split("@");
            commands.send(new ExpireException(UUID.fromString(parts[0]), Instant.parse(parts[1])));
        });
    }

    @Bean
    OneTimeTask<Void> policyExceptionReminderTask(SystemCommands commands) {
        return REMINDER_WORK.task(id -> {
            String[] parts = id.split("@");
            commands.send(new RemindExpiry(UUID.fromString(parts[0]), Instant.parse(parts[1]), Integer.parseInt(parts[2])));
        });
    }
}
