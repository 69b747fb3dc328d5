package dev.vigil.platform.openapi;

import com.fasterxml.jackson.databind.JavaType;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;

import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * Names the schema of a type declared inside another {@code Outer.Inner} (e.g. {@code ReviewView.Step}
 * and {@code ActionItemView.Step}), as Java's own source does. By default swagger-core names a schema by
 * the class's simple name only, so two nested records of one service with the same simple name became
 * one schema that described neither. A generic type with such an argument is named by its raw type and
 * its arguments' names ({@code PageReviewView.Step}). A name given with {@code @Schema(name = ...)} wins.
 */
final class NestedTypeNames implements ModelConverter {

    @Override
    @SuppressWarnings("rawtypes")
    public Schema resolve(AnnotatedType annotated, ModelConverterContext context, Iterator<ModelConverter> chain) {
        if (annotated.getName() == null || annotated.getName().isBlank()) {
            name(annotated.getType()).ifPresent(annotated::name);
        }
        return chain.hasNext() ? chain.next().resolve(annotated, context, chain) : null;
    }

    private static Optional<String> name(java.lang.reflect.Type declared) {
        if (declared == null) {
            return Optional.empty();
        }
        JavaType type = declared instanceof JavaType javaType ? javaType : Json.mapper().constructType(declared);
        Class<?> raw = type.getRawClass();
        if (raw.isEnum() || raw.isArray() || raw.isPrimitive() || Collection.class.isAssignableFrom(raw)
                || Map.class.isAssignableFrom(raw) || Optional.class.isAssignableFrom(raw) || system(raw)
                || named(raw)) {
            return Optional.empty();
        }
        if (type.containedTypeCount() > 0) {
            boolean nestedArgument = false;
            StringBuilder name = new StringBuilder(raw.getSimpleName());
            for (int i = 0; i < type.containedTypeCount(); i++) {
                JavaType argument = type.containedType(i);
                Optional<String> own = name(argument);
                nestedArgument |= own.isPresent();
                name.append(own.orElse(argument.getRawClass().getSimpleName()));
            }
            return nestedArgument ? Optional.of(name.toString()) : Optional.empty();
        }
        if (!raw.isMemberClass()) {
            return Optional.empty();
        }
        return Optional.of(qualified(raw));
    }

    private static String qualified(Class<?> type) {
        return type.getEnclosingClass() == null ? type.getSimpleName()
                : qualified(type.getEnclosingClass()) + "." + type.getSimpleName();
    }

    private static boolean system(Class<?> type) {
        String name = type.getName();
        return name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("jakarta.")
                || name.startsWith("org.springframework.") || name.startsWith("com.fasterxml.")
                || name.startsWith("tools.jackson.");
    }

    private static boolean named(Class<?> type) {
        io.swagger.v3.oas.annotations.media.Schema schema =
                type.getAnnotation(io.swagger.v3.oas.annotations.media.Schema.class);
        return schema != null && !schema.name().isBlank();
    }
}
