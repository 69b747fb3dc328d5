package dev.vigil.platform.observability;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Clock;
import java.sql.Timestamp;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Gauges read at each scrape: the state and lag of every Axon event processor, the relay's lag
 * behind the event store, and the persistent scheduler's backlog.
 */
public class ProcessorMetrics {

    private static final Logger log = LoggerFactory.getLogger(ProcessorMetrics.class);

    public static final String PROCESSOR_RUNNING = "vigil.axon.processor.running";
    public static final String PROCESSOR_ERROR = "vigil.axon.processor.error";
    public static final String PROCESSOR_SEGMENTS = "vigil.axon.processor.segments.claimed";
    public static final String PROCESSOR_LAG = "vigil.axon.processor.lag";
    public static final String RELAY_LAG = "vigil.relay.lag";
    public static final String EVENT_STORE_HEAD = "vigil.eventstore.head";
    public static final String SCHEDULER_DUE = "vigil.scheduler.due";
    public static final String SCHEDULER_SCHEDULED = "vigil.scheduler.scheduled";

    private final JdbcClient jdbc;
    private final Clock clock;

    public ProcessorMetrics(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Binds the gauges of every processor the Axon configuration has (known once it has started). */
    public void bind(MeterRegistry registry, EventProcessingConfiguration processing, String relayProcessor) {
        Gauge.builder(EVENT_STORE_HEAD, this, ProcessorMetrics::head)
                .description("Global index of the newest event in the service's event store")
                .register(registry);
        for (Map.Entry<String, EventProcessor> entry : processing.eventProcessors().entrySet()) {
            String name = entry.getKey();
            EventProcessor processor = entry.getValue();
            Gauge.builder(PROCESSOR_RUNNING, processor, p -> p.isRunning() ? 1 : 0)
                    .description("1 while the event processor runs").tag("processor", name).register(registry);
            Gauge.builder(PROCESSOR_ERROR, processor, p -> p.isError() ? 1 : 0)
                    .description("1 while the event processor is in error (retrying a failed event)")
                    .tag("processor", name).register(registry);
            if (processor instanceof StreamingEventProcessor streaming) {
                Gauge.builder(PROCESSOR_SEGMENTS, streaming, p -> p.processingStatus().size())
                        .description("Segments of the processor this instance has claimed")
                        .tag("processor", name).register(registry);
                Gauge.builder(PROCESSOR_LAG, streaming, this::lag)
                        .description("Events in the store the processor has not handled yet (on this instance's segments)")
                        .tag("processor", name).register(registry);
                if (name.equals(relayProcessor)) {
                    Gauge.builder(RELAY_LAG, streaming, this::lag)
                            .description("Events in the store the relay has not passed yet (not yet on Kafka)")
                            .register(registry);
                }
            }
        }
        Gauge.builder(SCHEDULER_DUE, this, ProcessorMetrics::due)
                .description("Scheduled executions that are due and not yet picked (the scheduler's backlog)")
                .register(registry);
        Gauge.builder(SCHEDULER_SCHEDULED, this, ProcessorMetrics::scheduled)
                .description("Scheduled executions waiting, due or not")
                .register(registry);
    }

    /** The head of the event store minus the lowest position of the segments this instance holds. */
    private double lag(StreamingEventProcessor processor) {
        Map<Integer, EventTrackerStatus> status = processor.processingStatus();
        if (status.isEmpty()) {
            return Double.NaN;
        }
        long lowest = Long.MAX_VALUE;
        for (EventTrackerStatus segment : status.values()) {
            OptionalLong position = segment.getCurrentPosition();
            lowest = Math.min(lowest, position.orElse(-1));
        }
        double head = head();
        return Double.isNaN(head) ? Double.NaN : Math.max(0, head - lowest);
    }

    private double head() {
        return query("select coalesce(max(global_index), -1) from domain_event_entry", null);
    }

    private double due() {
        return query("select count(*) from scheduled_tasks where picked = false and execution_time <= :now",
                Timestamp.from(clock.instant()));
    }

    private double scheduled() {
        return query("select count(*) from scheduled_tasks", null);
    }

    private double query(String sql, Timestamp now) {
        try {
            var statement = jdbc.sql(sql);
            if (now != null) {
                statement = statement.param("now", now);
            }
            return statement.query(Long.class).single().doubleValue();
        } catch (RuntimeException e) {
            log.debug("Metric query failed: {}", e.getMessage());
            return Double.NaN;
        }
    }
}
