package dev.vigil.platform.consumer;

import dev.vigil.platform.NodeIdentity;
import dev.vigil.platform.VigilProperties;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import dev.vigil.platform.tracing.Traces;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;


/** Kafka listener containers for the service's {@link EventConsumer}s, with idempotent delivery. */
@AutoConfiguration
public class ConsumerAutoConfiguration {

    /** Every {@link EventConsumer} bean, wherever it is declared (a service, or a module it uses). */
    @Bean
    EventConsumerContainers vigilEventConsumerContainers(ObjectProvider<EventConsumer> consumers, KafkaProperties kafka,
                                                         VigilProperties properties, Environment environment,
                                                         JdbcClient jdbc, PlatformTransactionManager transactionManager,
                                                         JsonMapper json, NodeIdentity node,
                                                         ObjectProvider<MeterRegistry> meters,
                                                         ObjectProvider<Traces> traces) {
        // other services' events may carry fields this build does not know yet: ignore them
        JsonMapper tolerant = json.rebuild().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        return new EventConsumerContainers(consumers.orderedStream().toList(), kafka.buildConsumerProperties(), properties,
                environment.getProperty("spring.application.name", "vigil"), node, jdbc,
                new TransactionTemplate(transactionManager), tolerant, meters.getIfAvailable(SimpleMeterRegistry::new),
                environment.getProperty("vigil.kafka.metrics-refresh-interval", java.time.Duration.class,
                        java.time.Duration.ofSeconds(10)), traces.getIfAvailable(() -> Traces.NONE));
    }

    @Bean
    UnprocessableEvents unprocessableEvents(JdbcClient jdbc, EventConsumerContainers containers) {
        return new UnprocessableEvents(jdbc, containers.dispatchers());
    }

    @Bean
    UnprocessableEventsController unprocessableEventsController(UnprocessableEvents events) {
        return new UnprocessableEventsController(events);
    }
}
