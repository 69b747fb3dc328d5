package dev.vigil.platform.consumer;

import dev.vigil.platform.VigilProperties;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

/** Kafka listener containers for the service's {@link EventConsumer}s, with idempotent delivery. */
@AutoConfiguration(afterName = "dev.vigil.platform.incidents.KnownIncidentsAutoConfiguration")
public class ConsumerAutoConfiguration {

    @Bean
    @ConditionalOnBean(EventConsumer.class)
    EventConsumerContainers vigilEventConsumerContainers(List<EventConsumer> consumers, KafkaProperties kafka,
                                                         VigilProperties properties, Environment environment,
                                                         JdbcClient jdbc, PlatformTransactionManager transactionManager,
                                                         JsonMapper json) {
        // other services' events may carry fields this build does not know yet: ignore them
        JsonMapper tolerant = json.rebuild().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        return new EventConsumerContainers(consumers, kafka.buildConsumerProperties(), properties,
                environment.getProperty("spring.application.name", "vigil"), jdbc,
                new TransactionTemplate(transactionManager), tolerant);
    }

    @Bean
    @ConditionalOnBean(EventConsumer.class)
    UnprocessableEvents unprocessableEvents(JdbcClient jdbc, EventConsumerContainers containers) {
        return new UnprocessableEvents(jdbc, containers.dispatchers());
    }

    @Bean
    @ConditionalOnBean(EventConsumer.class)
    UnprocessableEventsController unprocessableEventsController(UnprocessableEvents events) {
        return new UnprocessableEventsController(events);
    }
}
