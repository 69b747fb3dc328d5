package dev.vigil.platform.messaging;

import dev.vigil.platform.correlation.CorrelationIdFilter;
import dev.vigil.platform.security.CurrentActor;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.slf4j.MDC;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Stamps every command with the authenticated actor, the request's correlation id and trace context, so
 * that the events it causes record who did it and continue its trace. The actor comes from the security context only: whatever a
 * request body says never reaches the metadata.
 */
public class ActorMetaDataInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {

    private final java.util.function.Supplier<Map<String, String>> trace;

    /** @param trace the current trace context as W3C fields ({@code traceparent}, {@code tracestate}), or none */
    public ActorMetaDataInterceptor(java.util.function.Supplier<Map<String, String>> trace) {
        this.trace = trace;
    }

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, command) -> {
            Map<String, Object> metaData = new HashMap<>();
            CurrentActor.get().ifPresent(actor -> metaData.putAll(VigilMetaData.of(actor)));
            String correlation = MDC.get(CorrelationIdFilter.MDC_KEY);
            if (correlation != null) {
                metaData.put(VigilMetaData.CORRELATION_ID, correlation);
            }
            // the trace of the request (or of the event being handled) goes on with the command and its events
            metaData.putAll(trace.get());
            return command.andMetaData(metaData);
        };
    }
}
