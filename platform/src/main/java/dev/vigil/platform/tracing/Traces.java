package dev.vigil.platform.tracing;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.springframework.beans.factory.ObjectProvider;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * The W3C trace context (Micrometer Tracing on OpenTelemetry) across Vigil's asynchronous hops: a
 * request's trace is stored with the commands it sends and the events they cause ({@code traceparent}
 * in the message metadata), the relay sends it on each Kafka record as the CloudEvents distributed
 * tracing extension ({@code ce_traceparent}, {@code ce_tracestate}), and every handler of an event,
 * Axon's or a Kafka consumer's, runs in a span of that trace. While a span is current its trace and
 * span ids are in the logging context ({@code traceId}, {@code spanId}). Without a tracer (tracing
 * switched off) nothing is carried and work runs as it is.
 */
public final class Traces {

    /** The W3C Trace Context fields; also the names of the CloudEvents distributed tracing extension. */
    public static final String TRACEPARENT = "traceparent";
    public static final String TRACESTATE = "tracestate";

    /** A trace context that carries nothing, for code run without Spring (tests, tools). */
    public static final Traces NONE = new Traces(null, null);

    private final ObjectProvider<Tracer> tracers;
    private final ObjectProvider<Propagator> propagators;

    public Traces(ObjectProvider<Tracer> tracers, ObjectProvider<Propagator> propagators) {
        this.tracers = tracers;
        this.propagators = propagators;
    }

    /** The current span's context as {@code traceparent} (and {@code tracestate}, if any); empty outside a span. */
    public Map<String, String> current() {
        Tracer tracer = tracer();
        Propagator propagator = propagator();
        Span span = tracer == null ? null : tracer.currentSpan();
        if (span == null || propagator == null) {
            return Map.of();
        }
        Map<String, String> fields = new LinkedHashMap<>();
        propagator.inject(span.context(), fields, (carrier, key, value) -> {
            if ((TRACEPARENT.equals(key) || TRACESTATE.equals(key)) && value != null && !value.isBlank()) {
                carrier.put(key, value);
            }
        });
        return fields;
    }

    /**
     * Runs {@code work} in a new span named {@code name}, a child of the trace {@code fields} carry
     * ({@code traceparent}, {@code tracestate}), or of the current span when they carry none (a new trace
     * outside any).
     */
    public <T> T within(String name, Map<String, String> fields, Callable<T> work) throws Exception {
        Tracer tracer = tracer();
        Propagator propagator = propagator();
        if (tracer == null || propagator == null) {
            return work.call();
        }
        Span span = (fields.containsKey(TRACEPARENT)
                ? propagator.extract(fields, (carrier, key) -> carrier.get(key))
                : tracer.spanBuilder())
                .name(name).kind(Span.Kind.CONSUMER).start();
        try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
            return work.call();
        } catch (Exception | Error e) {
            span.error(e);
            throw e;
        } finally {
            span.end();
        }
    }

    // looked up once they exist, not on every handled event (a bean lookup by type each time)
    private volatile Tracer tracer;
    private volatile Propagator propagator;

    private Tracer tracer() {
        Tracer found = tracer;
        if (found == null && tracers != null) {
            found = tracer = tracers.getIfAvailable();
        }
        return found;
    }

    private Propagator propagator() {
        Propagator found = propagator;
        if (found == null && propagators != null) {
            found = propagator = propagators.getIfAvailable();
        }
        return found;
    }
}
