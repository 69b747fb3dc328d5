package dev.vigil.platform.observability;

import dev.vigil.platform.VigilProperties;
import dev.vigil.platform.relay.KafkaRelay;
import dev.vigil.platform.tracing.Traces;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.micrometer.MetricsConfigurerModule;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Clock;

/**
 * Metrics and log context every service has: Axon's message monitors (command handling time per
 * command type, event processor latency), gauges of processors, relay lag and scheduler backlog, and
 * the actor, correlation id, incident and trace of the request or event being handled in every log line.
 * The Kafka clients' metrics are bound where the clients are made (relay and consumers).
 */
@AutoConfiguration
public class ObservabilityAutoConfiguration {

    /** After Spring Security's filter chain (order -100): the principal is known. */
    static final int REQUEST_LOG_CONTEXT_ORDER = -99;

    /**
     * Axon's Micrometer monitors, dimensional: {@code commandBus_*} timers tagged with the command's
     * payload type, {@code eventProcessor_*} with the processor's name. Declared here rather than by
     * Axon's auto-configuration, whose ordering names Spring Boot 3's metrics classes.
     */
    @Bean
    GlobalMetricRegistry vigilAxonMetricRegistry(MeterRegistry meters) {
        return new GlobalMetricRegistry(meters);
    }

    @Bean
    MetricsConfigurerModule vigilAxonMetrics(GlobalMetricRegistry vigilAxonMetricRegistry) {
        return new MetricsConfigurerModule(vigilAxonMetricRegistry, true);
    }

    /** The request's trace carried through commands, events and Kafka records (Micrometer Tracing, W3C). */
    @Bean
    Traces vigilTraces(ObjectProvider<Tracer> tracers, ObjectProvider<Propagator> propagators) {
        return new Traces(tracers, propagators);
    }

    @Bean
    ConfigurerModule vigilEventLogContext(VigilProperties properties, Traces vigilTraces) {
        boolean incidents = "incident".equals(properties.context());
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerDefaultHandlerInterceptor((config, name) -> new EventLogContextInterceptor(incidents, vigilTraces)));
    }

    @Bean
    FilterRegistrationBean<RequestLogContextFilter> vigilRequestLogContext() {
        FilterRegistrationBean<RequestLogContextFilter> registration =
                new FilterRegistrationBean<>(new RequestLogContextFilter());
        registration.setOrder(REQUEST_LOG_CONTEXT_ORDER);
        registration.setAsyncSupported(true);
        return registration;
    }

    @Bean
    ApplicationListener<ApplicationStartedEvent> vigilProcessorMetrics(ObjectProvider<MeterRegistry> meters,
                                                                      ObjectProvider<EventProcessingConfiguration> processing,
                                                                      JdbcClient jdbc, Clock clock) {
        return event -> {
            MeterRegistry registry = meters.getIfAvailable();
            EventProcessingConfiguration axon = processing.getIfAvailable();
            if (registry != null && axon != null) {
                new ProcessorMetrics(jdbc, clock).bind(registry, axon, KafkaRelay.PROCESSING_GROUP);
            }
        };
    }
}
