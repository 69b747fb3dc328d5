package dev.vigil.policy.policies;

import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import dev.vigil.platform.messaging.SystemCommands;
import dev.vigil.platform.scheduling.ScheduledWork;
import dev.vigil.policy.policies.PolicyCommands.MarkPolicyReviewDue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.UUID;

/** The persistent reminder that a published policy version is due for review. */
@Configuration(proxyBeanMethods = false)
class PolicyReviews {

    static final ScheduledWork REVIEW_DUE = new ScheduledWork("policy-review-due");

    /** The reminder of a version: one per version, however often it is asked for. */
    static TaskInstance<Void> of(UUID policyId, int version) {
        return REVIEW_DUE.instance(policyId + "@" + version);
    }

    @Bean
    OneTimeTask<Void> policyReviewDueTask(SystemCommands commands) {
        return REVIEW_DUE.task(id -> {
            String[] parts = id.split("@");
            commands.send(new MarkPolicyReviewDue(UUID.fromString(parts[0]), Integer.parseInt(parts[1])));
        });
    }
}
