package dev.vigil.review.reports.facts;

import dev.vigil.contracts.events.CloudEventHeaders;
import dev.vigil.contracts.events.PublishedLanguage;
import dev.vigil.platform.VigilProperties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rebuilds the report facts from scratch: forgets them all, reads the four topics from their first record to
 * their current end (as the live consumer would, keeping each event id once) and records every event this build
 * knows, with the time it carries; then copies the contributing factors from review-service's own event store
 * (they are never published, so no topic has them). The result is the same rows, so the same reports, as a
 * projection that saw everything live.
 */
@Component
public class ReportFactsRebuild {

    private final ReportFacts facts;
    private final KafkaProperties kafka;
    private final VigilProperties properties;

    private final EventStorageEngine store;

    ReportFactsRebuild(ReportFacts facts, KafkaProperties kafka, VigilProperties properties, EventStorageEngine store) {
        this.facts = facts;
        this.kafka = kafka;
        this.properties = properties;
        this.store = store;
    }

    /** Returns how many topic records were read. */
    public long rebuild() {
        facts.clear();
        Map<String, Object> config = new HashMap<>(kafka.buildConsumerProperties());
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        long read = 0;
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (PublishedLanguage language : ReportFacts.LANGUAGES) {
                String topic = properties.kafka().topic(language.topic());
                var infos = consumer.partitionsFor(topic, Duration.ofSeconds(10));
                if (infos != null) {
                    infos.forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
                }
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.offset() >= end.get(new TopicPartition(record.topic(), record.partition()))) {
                        continue;
                    }
                    read++;
                    String id = header(record, CloudEventHeaders.ID);
                    String type = header(record, CloudEventHeaders.TYPE);
                    if (id == null || type == null || record.value() == null
                            || ReportFacts.LANGUAGES.stream().noneMatch(l -> l.type(type).isPresent())) {
                        continue;
                    }
                    String payload = new String(record.value(), StandardCharsets.UTF_8);
                    if (!facts.readable(type, payload)) {
                        continue;
                    }
                    String time = header(record, CloudEventHeaders.TIME);
                    String sequence = header(record, CloudEventHeaders.SEQUENCE);
                    String subject = header(record, CloudEventHeaders.SUBJECT);
                    facts.record(id, type, subject == null ? "" : subject, sequence == null ? null : Long.valueOf(sequence),
                            time == null ? Instant.EPOCH : Instant.parse(time), payload);
                }
            }
        }
        facts.copyOwn(store);
        return read;
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        String legacy = CloudEventHeaders.legacyNameOf(name);
        if (header == null && legacy != null) {
            header = record.headers().lastHeader(legacy);
        }
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
