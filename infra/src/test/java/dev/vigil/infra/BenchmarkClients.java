package dev.vigil.infra;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.util.Map;

/** The plain Kafka clients the benchmark measures and reads with, configured in one place. */
final class BenchmarkClients {

    private BenchmarkClients() {
    }

    /** A producer with the relay's settings that matter for latency: every replica's acknowledgement, no lingering. */
    static KafkaProducer<String, String> producer(String bootstrapServers) {
        return new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 0), new StringSerializer(),
                new StringSerializer());
    }

    /** A consumer in a group of its own, reading from the start of what it subscribes to. */
    static KafkaConsumer<String, String> consumer(String bootstrapServers, String group) {
        return new KafkaConsumer<>(Map.<String, Object>of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, group, ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new StringDeserializer());
    }
}
