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
 * Stamps every command with the authenticated actor and the request's correlation id, so that the
 * events it causes record who did it. The actor comes from the security context only: whatever a
 * request body says never reaches the metadata.
 */
public class ActorMetaDataInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, command) -> {
            Map<String, Object> metaData = new HashMap<>();
            CurrentActor.get().ifPresent(actor -> metaData.putAll(VigilMetaData.of(actor)));
            String correlation = MDC.get(CorrelationIdFilter.MDC_KEY);
            if (correlation != null) {
                metaData.put(VigilMetaData.CORRELATION_ID, correlation);
            }
            return command.andMetaData(metaData);
        };
    }
}
