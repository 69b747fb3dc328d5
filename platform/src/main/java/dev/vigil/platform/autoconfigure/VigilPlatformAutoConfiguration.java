package dev.vigil.platform.autoconfigure;

import dev.vigil.platform.NodeIdentity;
import dev.vigil.platform.VigilProperties;
import dev.vigil.platform.messaging.ActorMetaDataInterceptor;
import dev.vigil.platform.messaging.MetaDataReader;
import dev.vigil.platform.messaging.SystemCommands;
import dev.vigil.platform.messaging.VigilMetaData;
import dev.vigil.platform.tracing.Traces;
import dev.vigil.platform.problem.ProblemHandler;
import dev.vigil.platform.security.SecurityConfiguration;
import dev.vigil.platform.web.BodySizeLimit;
import dev.vigil.platform.web.ProblemErrorController;
import dev.vigil.platform.web.ProblemErrorReportValve;
import org.apache.catalina.core.StandardHost;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Configuration;
import dev.vigil.platform.web.StrictJson;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.serialization.jackson3.Jackson3SerializerCustomizer;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import java.time.Clock;

/** What every Vigil service has: its settings, the clock, security, problem+json, actor on every message. */
@AutoConfiguration(beforeName = "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration")
@EnableConfigurationProperties(VigilProperties.class)
@Import({SecurityConfiguration.class, ProblemHandler.class, ProblemErrorController.class})
public class VigilPlatformAutoConfiguration {

    /** The one source of time: tests replace it with a fixed or adjustable clock. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** This instance's name in event-store claims and Kafka groups: see {@link NodeIdentity}. */
    @Bean
    NodeIdentity vigilNodeIdentity(org.springframework.core.env.Environment environment) {
        return NodeIdentity.of(environment);
    }

    /** Axon's serializer reads message metadata through {@link MetaDataReader}, which finds its map reader once. */
    @Bean
    @ConditionalOnMissingBean
    Jackson3SerializerCustomizer vigilMetaDataReader() {
        return mapper -> mapper.addModule(MetaDataReader.module());
    }

    /** Request bodies read strictly: see {@link StrictJson}. */
    @Bean
    StrictJson strictJson() {
        return new StrictJson();
    }

    /** Request bodies over the limit are refused before they are read. */
    @Bean
    BodySizeLimit bodySizeLimit(org.springframework.core.env.Environment environment) {
        return new BodySizeLimit(environment.getProperty("vigil.web.max-body-bytes", Long.class, 1_000_000L));
    }

    /** What Tomcat refuses before any servlet sees it is answered as problem+json too. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory")
    static class TomcatErrorReports {

        @Bean
        WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports() {
            return factory -> factory.addContextCustomizers(context -> {
                if (context.getParent() instanceof StandardHost host) {
                    host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
                }
            });
        }
    }

    @Bean
    SystemCommands systemCommands(CommandGateway commandGateway) {
        return new SystemCommands(commandGateway);
    }

    @Bean
    MessageDispatchInterceptor<CommandMessage<?>> actorMetaDataInterceptor(Traces vigilTraces) {
        return new ActorMetaDataInterceptor(vigilTraces::current);
    }

    /**
     * An event handler that fails must never be skipped: Axon's default logs and carries on, which
     * would leave a read model behind for good. Propagating makes a subscribing handler fail the
     * command (nothing is acknowledged) and a streaming one keep its position and retry.
     */
    @Bean
    ConfigurerModule propagateEventHandlerFailures() {
        return configurer -> configurer.eventProcessing(processing ->
                processing.registerDefaultListenerInvocationErrorHandler(config -> PropagatingErrorHandler.instance()));
    }

    /** Axon's causation chain: each event names the message that caused it and the root of the chain. */
    @Bean
    CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider();
    }

    /** Carries the actor, the request's correlation id and its trace context from each command to its events. */
    @Bean
    CorrelationDataProvider actorCorrelationDataProvider() {
        return new SimpleCorrelationDataProvider(VigilMetaData.ACTOR_SUBJECT, VigilMetaData.ACTOR_NAME,
                VigilMetaData.ACTOR_ROLES, VigilMetaData.CORRELATION_ID, VigilMetaData.TRACE_PARENT,
                VigilMetaData.TRACE_STATE);
    }
}
