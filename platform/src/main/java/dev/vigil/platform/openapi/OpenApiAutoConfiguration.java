package dev.vigil.platform.openapi;

import dev.vigil.platform.VigilProperties;
import dev.vigil.platform.security.AccessRules;
import io.swagger.v3.core.converter.ModelConverter;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Every service that serves an OpenAPI document (springdoc on its classpath) gets the same complete
 * one: security schemes and requirements, problem+json errors, 201/Location, ETag/If-Match, paging,
 * and the roles of each route. See {@link ApiDocument}.
 */
@AutoConfiguration
@ConditionalOnClass(name = "org.springdoc.core.customizers.GlobalOpenApiCustomizer")
public class OpenApiAutoConfiguration {

    @Bean
    ApiDocument vigilApiDocument(Environment environment, VigilProperties properties,
                                 ObjectProvider<AccessRules> rules) {
        return new ApiDocument(environment, properties, rules);
    }

    /** Nested types are named {@code Outer.Inner}: two {@code Step}s of one service are two schemas. */
    @Bean
    ModelConverter vigilNestedTypeNames() {
        return new NestedTypeNames();
    }

    @Bean
    GlobalOperationCustomizer vigilOperationShapes(ApiDocument document) {
        return document::operation;
    }

    @Bean
    GlobalOpenApiCustomizer vigilOpenApiDocument(ApiDocument document) {
        return document::document;
    }
}
