package dev.vigil.platform.scheduling;

import com.github.kagkarlsson.scheduler.task.Task;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;

/** The persistent scheduler, with every db-scheduler {@link Task} bean the service declares. */
@AutoConfiguration
public class SchedulingAutoConfiguration {

    @Bean
    PersistentScheduler vigilScheduler(DataSource dataSource, ObjectProvider<Task<?>> tasks, Clock clock,
                                       Environment environment) {
        Duration polling = environment.getProperty("vigil.scheduling.polling-interval", Duration.class,
                Duration.ofSeconds(5));
        return new PersistentScheduler(dataSource, tasks.orderedStream().toList(), clock, polling);
    }
}
