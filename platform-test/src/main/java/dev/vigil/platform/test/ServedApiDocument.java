package dev.vigil.platform.test;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The OpenAPI document a running service serves at {@code /v3/api-docs}, parsed (swagger-parser),
 * checked against the OpenAPI 3.1 JSON schema (networknt, with the OpenAPI Initiative's schema kept
 * in {@code openapi/oas-3.1-schema.json}), and used to check real responses (Atlassian's
 * openapi-request-validator). Read once per port.
 */
public final class ServedApiDocument {

    public static final String PATH = "/v3/api-docs";
    private static final String OAS_31_SCHEMA = "openapi/oas-3.1-schema.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<Integer, Optional<ServedApiDocument>> SERVED = new ConcurrentHashMap<>();
    /**
     * Response checks that do not concern the document's truth: a route the document does not have
     * (the contract checks routes against the permission table) or a method it does not allow.
     */
    private static final List<String> NOT_RESPONSE_CHECKS = List.of("validation.request.path.missing",
            "validation.request.operation.notAllowed", "validation.response.path.missing",
            "validation.response.operation.notAllowed");

    private final String json;
    private final SwaggerParseResult parsed;
    private final OpenApiInteractionValidator validator;

    ServedApiDocument(String json) {
        this.json = json;
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        this.parsed = new OpenAPIV3Parser().readContents(json, null, options);
        LevelResolver.Builder levels = LevelResolver.create();
        NOT_RESPONSE_CHECKS.forEach(key -> levels.withLevel(key, ValidationReport.Level.IGNORE));
        this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(json)
                .withLevelResolver(levels.build()).build();
    }

    /** The document the service on {@code port} serves, read once; empty if it serves none. */
    public static Optional<ServedApiDocument> of(int port) {
        return SERVED.computeIfAbsent(port, p -> {
            ApiClient.Response response = ApiClient.unchecked(TestUsers.ADMIN, p).get(PATH);
            return response.status() == 200 ? Optional.of(new ServedApiDocument(response.body())) : Optional.empty();
        });
    }

    /** The document, or a failure saying the service serves none. */
    public static ServedApiDocument required(int port) {
        return of(port).orElseThrow(() -> new AssertionError("the service on port " + port + " serves no " + PATH));
    }

    public String json() {
        return json;
    }

    public OpenAPI api() {
        return parsed.getOpenAPI();
    }

    /** What swagger-parser found wrong while reading the document. */
    public List<String> parserMessages() {
        return parsed.getMessages() == null ? List.of() : parsed.getMessages();
    }

    /** Where the document breaks the OpenAPI 3.1 schema (empty when it conforms). */
    public List<String> schemaViolations() {
        return violationsOf(json);
    }

    /** Checks any document text against the OpenAPI 3.1 schema: the errors, in words. */
    public static List<String> violationsOf(String document) {
        Schema schema;
        try (InputStream in = ServedApiDocument.class.getClassLoader().getResourceAsStream(OAS_31_SCHEMA)) {
            if (in == null) {
                throw new IllegalStateException(OAS_31_SCHEMA + " is missing from the classpath");
            }
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in, InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            JsonNode node = JSON.readTree(document);
            return schema.validate(node).stream().map(Error::toString).toList();
        } catch (IOException e) {
            return List.of("not JSON: " + e.getMessage());
        }
    }

    /** Checks one real response against the document: the messages of what does not match. */
    public List<String> check(String method, String path, int status, String contentType, Map<String, String> headers,
                              String body) {
        SimpleResponse.Builder response = SimpleResponse.Builder.status(status);
        if (contentType != null && !contentType.isEmpty()) {
            response.withContentType(contentType);
        }
        headers.forEach(response::withHeader);
        if (body != null && !body.isEmpty()) {
            response.withBody(body);
        }
        String pathOnly = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        ValidationReport report = validator.validateResponse(pathOnly, Request.Method.valueOf(method), response.build());
        return report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .map(m -> m.getKey() + ": " + m.getMessage() + m.getContext()
                        .flatMap(c -> c.getPointers()).map(pointers -> " at " + pointers.getInstance()).orElse(""))
                .toList();
    }
}
