package dev.vigil.platform.relay;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The service's own topic, made to exist before the relay's first send; without this the broker
 * could auto-create it with its defaults (a retention of days, for a topic that is the record).
 * An existing topic is left exactly as it is: adding partitions would move aggregates to other
 * partitions and break their order, so that stays an operator's decision.
 */
class RelayTopic {

    private final NewTopic topic;
    private final Map<String, Object> adminConfig;
    private final Duration timeout;
    private volatile boolean exists;

    RelayTopic(NewTopic topic, Map<String, Object> adminConfig, Duration timeout) {
        this.topic = topic;
        this.adminConfig = adminConfig;
        this.timeout = timeout;
    }

    String name() {
        return topic.name();
    }

    /** Creates the topic unless it exists; throws (and the relay retries later) while Kafka is unreachable. */
    void ensureExists() throws InterruptedException {
        if (exists) {
            return;
        }
        try (Admin admin = Admin.create(adminConfig)) {
            admin.createTopics(List.of(topic)).all().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("cannot create topic " + topic.name(), e.getCause());
            }
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka did not answer in time creating topic " + topic.name(), e);
        }
        exists = true;
    }
}
