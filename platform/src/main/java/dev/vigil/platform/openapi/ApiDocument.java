package dev.vigil.platform.openapi;

import dev.vigil.platform.VigilProperties;
import dev.vigil.platform.problem.ProblemResponses;
import dev.vigil.platform.security.AccessRules;
import dev.vigil.platform.security.Role;
import dev.vigil.platform.security.RouteAccess;
import dev.vigil.platform.web.Page;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.method.HandlerMethod;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Completes the OpenAPI document springdoc derives from a service's controllers, the same way for
 * every service:
 * <ul>
 *   <li>info: the service's name and version;</li>
 *   <li>the {@code bearer} scheme (a JWT from the configured OIDC issuer) and, where dev users exist
 *       (dev stack, tests), {@code basic}; every operation requires one of them;</li>
 *   <li>on every operation the problem+json errors it can give, with the {@link #PROBLEM} schema and the
 *       problem types the platform uses: 400, 401, 403 and 404 everywhere,
 *       409 and 422 on commands, 412 where the operation reads {@code If-Match}, 413 and 415 where it
 *       takes a body;</li>
 *   <li>201 with {@code Location} where the handler answers {@code created}, 204 where it answers
 *       {@code noContent}, 202 where it answers {@code accepted}, an {@code ETag} header where
 *       it sends one ({@link ResponseShapes}, read from the code);</li>
 *   <li>the paging parameters' bounds, and the roles of the permission table on each operation.</li>
 * </ul>
 */
public class ApiDocument {

    /** The schema of every error body (RFC 9457 problem details, with Vigil's members). */
    public static final String PROBLEM = "Problem";
    public static final String FIELD_VIOLATION = "FieldViolation";
    public static final String BEARER = "bearer";
    public static final String BASIC = "basic";
    static final String PROBLEM_JSON = "application/problem+json";
    private static final String ROLES_EXTENSION = "x-vigil-roles";
    /** Routes open to anyone: no security requirement. */
    private static final List<String> PUBLIC = List.of("/actuator/health", "/actuator/health/**");

    private final Environment environment;
    private final VigilProperties properties;
    private final ObjectProvider<AccessRules> rules;
    private final AntPathMatcher paths = new AntPathMatcher();

    ApiDocument(Environment environment, VigilProperties properties, ObjectProvider<AccessRules> rules) {
        this.environment = environment;
        this.properties = properties;
        this.rules = rules;
    }

    /** Per handler: what its code answers (201 and Location, ETag). */
    Operation operation(Operation operation, HandlerMethod handler) {
        ResponseShapes.Shape shape = ResponseShapes.of(handler.getMethod());
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.setResponses(responses);
        ApiResponse success = responses.get("200");
        if (shape.created()) {
            responses.remove("200");
            ApiResponse created = success == null ? new ApiResponse() : success;
            created.setDescription("Created: the new record, at Location");
            responses.put("201", created);
            success = created;
        } else if (shape.noContent() && success != null) {
            // an answer without a body (a cancellation): 204, nothing to describe but the status
            responses.remove("200");
            responses.put("204", new ApiResponse().description("No Content: done, nothing to answer"));
            return operation;
        } else if (shape.accepted() && success != null) {
            // taken on, carried out later (a resync with Jira, a webhook): 202 with the same body
            responses.remove("200");
            success.setDescription("Accepted: taken on, finished in the background");
            responses.put("202", success);
        }
        if (success == null) {
            return operation;
        }
        if (success.getContent() != null && success.getContent().containsKey("*/*")) {
            if (shape.choosesMediaType()) {
                // the handler picks JSON or an export by the format asked for: no one schema covers them all
                success.setDescription("The record in the format asked for (JSON, or an export such as CSV, Markdown or PDF)");
                success.getContent().get("*/*").setSchema(new JsonSchema()
                        .description("JSON for format=json; the export's text or bytes for the others"));
            } else {
                // Vigil's controllers answer JSON unless they set the media type themselves
                success.getContent().put(org.springframework.http.MediaType.APPLICATION_JSON_VALUE,
                        success.getContent().remove("*/*"));
            }
        }
        if (shape.location()) {
            success.addHeaderObject("Location", new Header().description("Where the new record is read")
                    .required(true).schema(new StringSchema().format("uri-reference")));
        }
        if (shape.etag()) {
            success.addHeaderObject("ETag", new Header()
                    .description("The version shown, as an entity tag; send it back as If-Match to change this record "
                            + "(absent where the answer shows a past state, e.g. with asOf)")
                    .required(false).schema(new StringSchema().example("\"3\"")));
        }
        return operation;
    }

    /** The whole document: info, schemes, errors, paging, roles; the error page is not part of the API. */
    OpenAPI document(OpenAPI api) {
        String service = environment.getProperty("spring.application.name", "vigil");
        api.setInfo(new Info().title("Vigil " + service)
                .version(environment.getProperty("vigil.api.version", "0.1.0"))
                .description("The REST API of Vigil's " + service + ". Errors are application/problem+json "
                        + "(RFC 9457) with a type under " + ProblemResponses.TYPE_BASE + "."));
        Components components = api.getComponents() == null ? new Components() : api.getComponents();
        api.setComponents(components);
        boolean devUsers = !properties.security().devUsers().isEmpty();
        components.addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                .bearerFormat("JWT").description("An access token from the OIDC issuer "
                        + environment.getProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri", "configured")
                        + "; roles from its realm_access.roles claim"));
        if (devUsers) {
            components.addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                    .description("Dev users (dev stack and tests only; refused under any other profile)"));
        }
        if (components.getSchemas() != null) {
            components.getSchemas().values().forEach(ApiDocument::nullableUnlessRequired);
        }
        components.addSchemas(FIELD_VIOLATION, fieldViolation());
        components.addSchemas(PROBLEM, problem());

        String errorPath = environment.getProperty("server.error.path", "/error");
        if (api.getPaths() != null) {
            api.getPaths().remove(errorPath);
            api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                    complete(path, method, operation, devUsers)));
        }
        return api;
    }

    private void complete(String path, PathItem.HttpMethod method, Operation operation, boolean devUsers) {
        boolean open = PUBLIC.stream().anyMatch(p -> paths.match(p, path)) || openRoute(method.name(), path);
        Optional<RouteAccess> route = route(method.name(), path);
        route.ifPresent(r -> {
            if (operation.getSummary() == null) {
                operation.setSummary(capitalised(r.permission()));
            }
            List<String> roles = r.roles().stream().map(Role::name).sorted().toList();
            operation.addExtension(ROLES_EXTENSION, roles);
            String who = "Roles: " + String.join(", ", roles) + ".";
            operation.setDescription(operation.getDescription() == null ? who : operation.getDescription() + "\n\n" + who);
        });
        if (!open) {
            operation.setSecurity(new ArrayList<>(List.of(new SecurityRequirement().addList(BEARER))));
            if (devUsers) {
                operation.getSecurity().add(new SecurityRequirement().addList(BASIC));
            }
        }
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        boolean command = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
        boolean hasBody = operation.getRequestBody() != null;
        boolean ifMatch = parameters.stream().anyMatch(p -> "header".equals(p.getIn()) && "If-Match".equalsIgnoreCase(p.getName()));
        parameters.forEach(ApiDocument::paging);
        parameters.stream().filter(p -> "header".equals(p.getIn()) && "If-Match".equalsIgnoreCase(p.getName()))
                .forEach(p -> p.description("The ETag of the version the change is based on; a stale one is refused "
                        + "with 412 before any rule is weighed"));

        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.setResponses(responses);
        error(responses, 400, "Bad Request: the input is malformed or incomplete (the errors name each field)",
                List.of("invalid-input", "request-rejected"));
        if (!open) {
            ApiResponse unauthenticated = error(responses, 401, "Unauthorized: no valid credentials",
                    List.of("unauthenticated"));
            if (unauthenticated != null) {
                unauthenticated.addHeaderObject("WWW-Authenticate", new Header().required(true)
                        .description("Bearer realm=\"vigil\" (with error=\"invalid_token\" when a token was refused)"
                                + (devUsers ? "; Basic realm=\"vigil\" for dev users" : ""))
                        .schema(new StringSchema()));
            }
            error(responses, 403, "Forbidden: the caller's roles do not allow this, or a rule of duties does",
                    List.of("forbidden", "separation-of-duties"));
        }
        // a path that names no record may still name one in its body or query (the incident of a review)
        error(responses, 404, "Not Found: no such record, or none the caller may know of", List.of("not-found"));
        if (command) {
            error(responses, 409, "Conflict: the record's state does not allow this now, or a concurrent change won "
                    + "(the type names the rule)", List.of("conflict", "concurrent-change"));
            error(responses, 422, "Unprocessable Content: well-formed input that breaks a rule (the errors name it)",
                    List.of("rule-violation"));
        }
        if (ifMatch) {
            error(responses, 412, "Precondition Failed: If-Match names a version that is no longer current",
                    List.of("stale-version"));
        }
        if (hasBody) {
            error(responses, 413, "Content Too Large: the body passes the size limit (maxBytes names it)",
                    List.of("body-too-large"));
            error(responses, 415, "Unsupported Media Type: send application/json",
                    List.of("unsupported-media-type"));
        }
    }

    /** Adds a problem+json response for {@code status} unless the operation documents one itself. */
    private static ApiResponse error(ApiResponses responses, int status, String description, List<String> types) {
        String code = String.valueOf(status);
        if (responses.containsKey(code)) {
            return null;
        }
        String typeList = types.stream().map(t -> ProblemResponses.TYPE_BASE + t).collect(Collectors.joining(", "));
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", ProblemResponses.TYPE_BASE + types.getFirst());
        example.put("title", description.substring(0, description.indexOf(':')));
        example.put("status", status);
        example.put("detail", description.substring(description.indexOf(':') + 2));
        ApiResponse response = new ApiResponse().description(description + ". Problem types: " + typeList)
                .content(new Content().addMediaType(PROBLEM_JSON, new MediaType()
                        .schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)).example(example)));
        responses.addApiResponse(code, response);
        return response;
    }

    /**
     * Vigil's records are written with every member, absent ones as {@code null} (a resolution time not
     * yet reached, a commander not yet named): a member the schema does not require may be null.
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void nullableUnlessRequired(Schema<?> schema) {
        if (schema.getProperties() == null) {
            return;
        }
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        Map<String, Schema> properties = (Map) schema.getProperties();
        properties.replaceAll((name, property) -> required.contains(name) ? property : nullable(property));
    }

    @SuppressWarnings("rawtypes")
    private static Schema nullable(Schema property) {
        if (property.get$ref() != null || property.getEnum() != null) {
            Schema<?> value = property.get$ref() != null ? new JsonSchema().$ref(property.get$ref()) : property;
            return new JsonSchema().anyOf(List.of(value,
                    new JsonSchema().types(new java.util.LinkedHashSet<>(List.of("null")))));
        }
        java.util.Set<String> types = new java.util.LinkedHashSet<>();
        if (property.getTypes() != null) {
            types.addAll(property.getTypes());
        } else if (property.getType() != null) {
            types.add(property.getType());
        }
        if (types.isEmpty()) {
            return property;
        }
        types.add("null");
        property.setTypes(types);
        return property;
    }

    private static void paging(Parameter parameter) {
        if (!"query".equals(parameter.getIn()) || parameter.getSchema() == null) {
            return;
        }
        if ("page".equals(parameter.getName())) {
            parameter.description("Page number, from 0");
            parameter.getSchema().setMinimum(java.math.BigDecimal.ZERO);
        } else if ("size".equals(parameter.getName())) {
            parameter.description("Items per page, 1 to " + Page.MAX_SIZE);
            parameter.getSchema().setMinimum(java.math.BigDecimal.ONE);
            parameter.getSchema().setMaximum(java.math.BigDecimal.valueOf(Page.MAX_SIZE));
        }
    }

    /** A route the service opens to callers without a login ({@link AccessRules#openRoutes()}). */
    private boolean openRoute(String method, String path) {
        AccessRules table = rules.getIfAvailable();
        String concrete = path.replaceAll("\\{[^/}]+}", "_");
        return table != null && table.openRoutes().stream()
                .anyMatch(r -> r.method().name().equals(method) && paths.match(r.pattern(), concrete));
    }

    /** The permission table's row for a documented operation ({@code {id}} matches {@code *}). */
    Optional<RouteAccess> route(String method, String path) {
        AccessRules table = rules.getIfAvailable();
        if (table == null) {
            return Optional.empty();
        }
        String concrete = path.replaceAll("\\{[^/}]+}", "_");
        return table.routes().stream()
                .filter(r -> r.method().name().equals(method) && paths.match(r.pattern(), concrete))
                .findFirst();
    }

    private static Schema<?> fieldViolation() {
        return new ObjectSchema().description("One broken rule about one piece of input")
                .addProperty("field", new StringSchema().description("JSON path of the field, or the parameter name"))
                .addProperty("rule", new StringSchema().description("Machine-readable rule name, e.g. required"))
                .addProperty("message", new StringSchema().description("The rule in words"))
                .required(List.of("field", "rule", "message"));
    }

    private static Schema<?> problem() {
        return new ObjectSchema().description("An error (RFC 9457). type names the kind of problem, under "
                        + ProblemResponses.TYPE_BASE + "; extra members (errors, maxBytes, allowed moves) may follow")
                .addProperty("type", new StringSchema().format("uri").example(ProblemResponses.TYPE_BASE + "invalid-input"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema().minimum(java.math.BigDecimal.valueOf(400))
                        .maximum(java.math.BigDecimal.valueOf(599)))
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema().format("uri-reference"))
                .addProperty("errors", new ArraySchema().items(new Schema<>().$ref("#/components/schemas/" + FIELD_VIOLATION)))
                .addProperty("maxBytes", new IntegerSchema().format("int64"))
                .required(List.of("type", "title", "status"))
                // each type may add members of its own (allowed moves, the version in force, ...)
                .additionalProperties(true);
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

}
