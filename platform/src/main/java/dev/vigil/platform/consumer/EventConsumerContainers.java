package dev.vigil.platform.consumer;

import dev.vigil.contracts.events.PublishedLanguage;
import dev.vigil.platform.NodeIdentity;
import dev.vigil.platform.VigilProperties;
import dev.vigil.platform.tracing.Traces;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import org.apache.kafka.clients.consumer.Consumer;
import java.time.Duration;
import java.util.concurrent.Executors;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.MicrometerConsumerListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.backoff.ExponentialBackOff;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One Kafka listener container per {@link EventConsumer}, each in its own consumer group. */
public class EventConsumerContainers implements SmartLifecycle {

    private final List<ConcurrentMessageListenerContainer<String, byte[]>> containers = new ArrayList<>();
    private final Map<String, IdempotentDispatcher> dispatchers = new HashMap<>();
    private volatile boolean running;

    public EventConsumerContainers(List<EventConsumer> consumers, Map<String, Object> kafkaConsumerProperties,
                                   VigilProperties properties, String applicationName, NodeIdentity node, JdbcClient jdbc,
                                   TransactionTemplate transactions, JsonMapper json, MeterRegistry meters,
                                   Duration metricsRefresh, Traces traces) {
        for (EventConsumer consumer : consumers) {
            Map<String, Object> config = new HashMap<>(kafkaConsumerProperties);
            config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
            config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
            config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
            // a new consumer group reads the topic's whole history: read models start from the first event
            config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
            // topics belong to the services that publish them: a reader never creates one with defaults
            config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
            // a topic created after the consumer subscribed is found within this time
            config.putIfAbsent(ConsumerConfig.METADATA_MAX_AGE_CONFIG, 10_000);
            String group = properties.kafka().consumerGroupPrefix() + applicationName + "." + consumer.name();
            config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
            if (node.stable()) {
                // a static member: restarted after a crash, it gets its partitions back without waiting for
                // the dead process's session to expire, and without a rebalance
                config.putIfAbsent(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, node.forKafka(consumer.name()));
                config.putIfAbsent(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, 10_000);
            }

            String[] topics = consumer.reads().stream()
                    .map(language -> properties.kafka().topic(language.topic()))
                    .toArray(String[]::new);
            ContainerProperties containerProperties = new ContainerProperties(topics);
            // offsets committed once per poll, not once per record: a record delivered again after a crash is
            // dropped by consumed_event anyway, and per-record commits were a sixth of each consumer's CPU
            // (and as much again in the broker's group coordinator) in the profile of a declaration
            containerProperties.setAckMode(ContainerProperties.AckMode.BATCH);
            containerProperties.setGroupId(group);

            var consumerFactory = new DefaultKafkaConsumerFactory<String, byte[]>(config);
            // the Kafka client's own metrics (fetch rates, records-lag per topic and partition, ...) tagged
            // with the consumer group, on /actuator/prometheus as kafka_consumer_*
            consumerFactory.addListener(new MicrometerConsumerListener<>(meters, List.of(Tag.of("group", group))) {
                // the per-partition metrics (records-lag) appear once partitions are assigned: look for
                // new metrics every metricsRefresh rather than Micrometer's default minute
                @Override
                protected MeterBinder createClientMetrics(Consumer<String, byte[]> client, List<Tag> tags) {
                    return new KafkaClientMetrics(client, tags, Executors.newSingleThreadScheduledExecutor(
                            Thread.ofPlatform().daemon().name("kafka-metrics-" + consumer.name()).factory()), metricsRefresh);
                }
            });
            var container = new ConcurrentMessageListenerContainer<>(consumerFactory, containerProperties);
            IdempotentDispatcher dispatcher = new IdempotentDispatcher(consumer, jdbc, transactions, json, traces);
            dispatchers.put(consumer.name(), dispatcher);
            container.setupMessageListener(dispatcher);
            // a failure that can pass (database failover, a concurrent write) is retried for as long as it
            // lasts: skipping the event would leave the read model wrong for good
            ExponentialBackOff backOff = new ExponentialBackOff(200, 2.0);
            backOff.setMaxInterval(10_000);
            DefaultErrorHandler errorHandler = new DefaultErrorHandler(
                    new UnprocessableEventRecorder(consumer.name(), jdbc), backOff);
            // a record that is not a CloudEvent or whose payload does not parse never will: set it aside at once
            errorHandler.addNotRetryableExceptions(NotACloudEventException.class, JacksonException.class);
            container.setCommonErrorHandler(errorHandler);
            container.setBeanName("vigil-consumer-" + consumer.name());
            containers.add(container);
        }
    }

    /** Each consumer's delivery, by consumer name: for replaying what was set aside. */
    Map<String, IdempotentDispatcher> dispatchers() {
        return Map.copyOf(dispatchers);
    }

    @Override
    public void start() {
        containers.forEach(ConcurrentMessageListenerContainer::start);
        running = true;
    }

    @Override
    public void stop() {
        containers.forEach(ConcurrentMessageListenerContainer::stop);
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
