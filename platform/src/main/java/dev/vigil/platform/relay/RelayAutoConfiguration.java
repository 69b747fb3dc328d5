package dev.vigil.platform.relay;

import dev.vigil.platform.NodeIdentity;
import dev.vigil.platform.VigilProperties;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.ObjectProvider;
import dev.vigil.platform.tracing.Traces;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.MicrometerProducerListener;
import io.micrometer.core.instrument.Tag;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import tools.jackson.databind.json.JsonMapper;

import java.util.HashMap;
import java.util.Map;

/** The relay from this service's event store to its Kafka topic. */
@AutoConfiguration
@ConditionalOnProperty("vigil.context")
@ConditionalOnBean(EventPublication.class)
public class RelayAutoConfiguration {

    @Bean
    KafkaTemplate<String, byte[]> vigilRelayKafkaTemplate(KafkaProperties kafka, VigilProperties properties,
                                                          ObjectProvider<MeterRegistry> meters) {
        Map<String, Object> config = new HashMap<>(kafka.buildProducerProperties());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        // never lose or reorder: every replica acknowledges, retries cannot duplicate or reorder
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        int timeout = (int) properties.kafka().sendTimeout().toMillis();
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, timeout);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, timeout);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, timeout + 1);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        DefaultKafkaProducerFactory<String, byte[]> factory = new DefaultKafkaProducerFactory<>(config);
        // the Kafka producer's own metrics (send rates, errors, retries, request latency) as kafka_producer_*
        factory.addListener(new MicrometerProducerListener<>(meters.getIfAvailable(SimpleMeterRegistry::new),
                List.of(Tag.of("role", "relay"))));
        return new KafkaTemplate<>(factory);
    }

    @Bean
    KafkaRelay vigilKafkaRelay(KafkaTemplate<String, byte[]> vigilRelayKafkaTemplate, EventPublication publication,
                               VigilProperties properties, JsonMapper json, KafkaProperties kafka,
                               ObjectProvider<MeterRegistry> meters, ObjectProvider<Traces> traces) {
        if (!publication.language().context().equals(properties.context())) {
            throw new IllegalStateException("vigil.context is " + properties.context() + " but the service publishes the "
                    + publication.language().context() + " language");
        }
        NewTopic own = ownTopic(properties.kafka().topic(publication.language().topic()), properties);
        CloudEventRecords records = new CloudEventRecords(properties.context(), own.name(), json::writeValueAsBytes);
        RelayTopic topic = new RelayTopic(own, kafka.buildAdminProperties(), properties.kafka().sendTimeout());
        return new KafkaRelay(vigilRelayKafkaTemplate, publication, records, topic,
                properties.kafka().sendTimeout().multipliedBy(2), meters.getIfAvailable(SimpleMeterRegistry::new),
                traces.getIfAvailable(() -> Traces.NONE));
    }

    /**
     * A pooled streaming processor with its token in this service's database, woken by appends
     * ({@link AppendSignal}) rather than looking for new events every half second. Failures propagate
     * (Axon's default handler would log and skip the event): the segment keeps its token and the
     * event is retried until Kafka takes it.
     */
    @Bean(destroyMethod = "close")
    AppendSignal vigilAppendSignal() {
        return new AppendSignal();
    }

    @Bean
    ConfigurerModule vigilRelayProcessor(AppendSignal vigilAppendSignal, NodeIdentity node, DataSource dataSource) {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerPooledStreamingEventProcessor(KafkaRelay.PROCESSING_GROUP,
                        config -> vigilAppendSignal.over(config.eventStore()),
                        (config, builder) -> builder.initialSegmentCount(4)
                                // a dead instance's segments are taken over within claim timeout + claim interval
                                // (about 4 s); a live one extends its claims every second, idle or not
                                .tokenClaimInterval(1_000)
                                .claimExtensionThreshold(1_000)
                                // the position is written once per batch of waiting events, not once per event
                                // (half the relay's CPU in the profile); a crash mid-batch re-sends, consumers dedupe
                                .batchSize(32)
                                // claims under this instance's name: restarted, it takes its segments back at once
                                .tokenStore(RelayTokenStore.over(dataSource, config.serializer(), node.id(),
                                        Duration.ofSeconds(3))))
                .registerListenerInvocationErrorHandler(KafkaRelay.PROCESSING_GROUP,
                        config -> PropagatingErrorHandler.instance()));
    }

    /** Events are the record: the topic keeps them for ever, on as many replicas as configured. */
    private static NewTopic ownTopic(String name, VigilProperties properties) {
        return TopicBuilder.name(name)
                .partitions(properties.kafka().partitions())
                .replicas(properties.kafka().replicationFactor())
                .config(TopicConfig.RETENTION_MS_CONFIG, "-1")
                .config(TopicConfig.RETENTION_BYTES_CONFIG, "-1")
                .config(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG,
                        Integer.toString(Math.max(1, properties.kafka().replicationFactor() - 1)))
                .build();
    }
}
