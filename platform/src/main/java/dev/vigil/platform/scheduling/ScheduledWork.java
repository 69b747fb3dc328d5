package dev.vigil.platform.scheduling;

import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * One kind of scheduled work, named once. Its instances carry what they are about in their id (no
 * serialised data to outlive a code change), and a failed execution (a concurrent write, a database
 * failover) is retried with back-off rather than dropped.
 */
public final class ScheduledWork {

    private final String name;

    public ScheduledWork(String name) {
        this.name = name;
    }

    /** The execution for this id: one per id, however often it is scheduled. */
    public TaskInstance<Void> instance(String id) {
        return new TaskInstance<>(name, id);
    }

    /** The task to declare as a bean: runs {@code work} with the instance id when an execution is due. */
    public OneTimeTask<Void> task(Consumer<String> work) {
        return Tasks.oneTime(name)
                .onFailure(new FailureHandler.ExponentialBackoffFailureHandler<>(Duration.ofSeconds(10), 2.0))
                .execute((instance, context) -> work.accept(instance.getId()));
    }

    public String name() {
        return name;
    }
}
