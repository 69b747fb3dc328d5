package dev.vigil.platform.observability;

import dev.vigil.platform.messaging.VigilMetaData;
import dev.vigil.platform.tracing.Traces;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.HashMap;
import java.util.Map;

/**
 * Around every Axon event handler (projections, reactions, the relay): the event's correlation id and
 * actor in the logging context, its aggregate as the incident when the incident context recorded it,
 * and a span of the trace that caused the event ({@link Traces}).
 */
public class EventLogContextInterceptor implements MessageHandlerInterceptor<EventMessage<?>> {

    private final boolean aggregateIsIncident;
    private final Traces traces;

    /** @param aggregateIsIncident the service's aggregates are incidents (incident-service) */
    public EventLogContextInterceptor(boolean aggregateIsIncident, Traces traces) {
        this.aggregateIsIncident = aggregateIsIncident;
        this.traces = traces;
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        EventMessage<?> event = unitOfWork.getMessage();
        Map<String, String> values = new HashMap<>();
        Object correlation = event.getMetaData().get(VigilMetaData.CORRELATION_ID);
        values.put(LogContext.CORRELATION_ID, correlation == null ? null : correlation.toString());
        values.put(LogContext.ACTOR, VigilMetaData.actorOf(event.getMetaData()).subject());
        values.put(LogContext.EVENT_ID, event.getIdentifier());
        if (aggregateIsIncident && event instanceof DomainEventMessage<?> domain) {
            values.put(LogContext.INCIDENT_ID, domain.getAggregateIdentifier());
        }
        Map<String, String> before = LogContext.put(values);
        try {
            // in a span of the trace that caused the event (the request, or the event handling, that sent the command)
            return traces.within("handle " + event.getPayloadType().getSimpleName(),
                    VigilMetaData.traceOf(event.getMetaData()), chain::proceed);
        } finally {
            LogContext.restore(before);
        }
    }
}
