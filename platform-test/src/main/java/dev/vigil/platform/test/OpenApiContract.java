package dev.vigil.platform.test;

import dev.vigil.platform.security.AccessRules;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document a service serves, checked in its own build: valid OpenAPI 3.1 (the OpenAPI
 * Initiative's JSON schema and swagger-parser), every operation secured and with its problem+json
 * errors, exactly the routes of the permission table. Real answers are checked against the same
 * document by {@link ApiClient} in every API test. Each service's test extends this.
 */
@VigilTest
public abstract class OpenApiContract implements HttpErrorsContract {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    @LocalServerPort
    protected int port;
    @Autowired
    protected AccessRules rules;

    @Override
    public int port() {
        return port;
    }

    /** The service's name as its document's title gives it, e.g. {@code incident-service}. */
    protected abstract String serviceName();

    /** Permission-table rows that are no API operation (the document itself, metrics). */
    protected Set<String> routesOutsideTheDocument() {
        return Set.of("GET /v3/api-docs", "GET /actuator/prometheus");
    }

    protected ServedApiDocument document() {
        return ServedApiDocument.required(port);
    }

    /** A route the service opens to callers without a login: no security requirement, no 401/403. */
    private boolean open(String name) {
        String method = name.substring(0, name.indexOf(' '));
        String concrete = name.substring(name.indexOf(' ') + 1).replaceAll("\\{[^/}]+}", "_");
        org.springframework.util.AntPathMatcher paths = new org.springframework.util.AntPathMatcher();
        return rules.openRoutes().stream()
                .anyMatch(r -> r.method().name().equals(method) && paths.match(r.pattern(), concrete));
    }

    private void eachOperation(BiConsumer<String, Operation> check) {
        document().api().getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((method, operation) -> check.accept(method + " " + path, operation)));
    }

    @Test
    void the_served_document_is_valid_openapi_3_1() throws java.io.IOException {
        ServedApiDocument document = document();
        // kept with the build's output, for readers and tools that want the document without running the service
        java.nio.file.Path copy = java.nio.file.Path.of("target", "api-docs", serviceName() + ".json");
        java.nio.file.Files.createDirectories(copy.getParent());
        java.nio.file.Files.writeString(copy, document.json());

        assertThat(document.api().getOpenapi()).startsWith("3.1.");
        assertThat(document.parserMessages()).as("swagger-parser's messages").isEmpty();
        assertThat(document.schemaViolations()).as("violations of the OpenAPI 3.1 schema").isEmpty();
    }

    @Test
    void the_schema_check_finds_a_broken_document() {
        String broken = document().json().replaceFirst("\"info\"", "\"infox\"").replace("\"responses\"", "\"answers\"");

        assertThat(ServedApiDocument.violationsOf(broken)).isNotEmpty();
    }

    @Test
    void the_document_names_the_service_and_its_security_schemes() {
        OpenAPI api = document().api();

        assertThat(api.getInfo().getTitle()).isEqualTo("Vigil " + serviceName());
        assertThat(api.getInfo().getVersion()).isNotBlank();
        SecurityScheme bearer = api.getComponents().getSecuritySchemes().get("bearer");
        assertThat(bearer.getType()).isEqualTo(SecurityScheme.Type.HTTP);
        assertThat(bearer.getScheme()).isEqualTo("bearer");
        assertThat(bearer.getBearerFormat()).isEqualTo("JWT");
        // tests run with dev users, as the dev stack does: Basic is offered too
        assertThat(api.getComponents().getSecuritySchemes().get("basic").getScheme()).isEqualTo("basic");
        assertThat(api.getComponents().getSchemas()).containsKeys("Problem", "FieldViolation");
    }

    @Test
    void every_operation_requires_a_defined_security_scheme() {
        Set<String> schemes = document().api().getComponents().getSecuritySchemes().keySet();
        List<String> unsecured = new ArrayList<>();
        eachOperation((name, operation) -> {
            if (open(name)) {
                return;
            }
            if (operation.getSecurity() == null || operation.getSecurity().isEmpty()
                    || !operation.getSecurity().stream().allMatch(r -> schemes.containsAll(r.keySet()))) {
                unsecured.add(name);
            }
        });
        assertThat(unsecured).as("operations without a security requirement").isEmpty();
    }

    @Test
    void every_operation_documents_its_client_errors_as_problems() {
        List<String> missing = new ArrayList<>();
        eachOperation((name, operation) -> {
            Map<String, ApiResponse> responses = operation.getResponses();
            List<String> expected = new ArrayList<>(open(name) ? List.of("400") : List.of("400", "401", "403"));
            if (name.contains("{")) {
                expected.add("404");
            }
            if (operation.getParameters() != null && operation.getParameters().stream()
                    .anyMatch(p -> "header".equals(p.getIn()) && "If-Match".equalsIgnoreCase(p.getName()))) {
                expected.add("412");
            }
            if (operation.getRequestBody() != null) {
                expected.addAll(List.of("413", "415"));
            }
            if (!name.startsWith("GET ")) {
                expected.addAll(List.of("409", "422"));
            }
            for (String status : expected) {
                ApiResponse response = responses.get(status);
                Content content = response == null ? null : response.getContent();
                if (content == null || content.get(PROBLEM_JSON) == null
                        || !PROBLEM_REF.equals(content.get(PROBLEM_JSON).getSchema().get$ref())) {
                    missing.add(name + " " + status);
                }
            }
            if (responses.get("401") != null && (responses.get("401").getHeaders() == null
                    || !responses.get("401").getHeaders().containsKey("WWW-Authenticate"))) {
                missing.add(name + " 401 WWW-Authenticate");
            }
        });
        assertThat(missing).as("problem+json errors missing from operations").isEmpty();
    }

    @Test
    void a_created_answer_says_where_the_record_is() {
        List<String> withoutLocation = new ArrayList<>();
        eachOperation((name, operation) -> {
            ApiResponse created = operation.getResponses().get("201");
            if (created != null && (created.getHeaders() == null || !created.getHeaders().containsKey("Location"))) {
                withoutLocation.add(name);
            }
        });
        assertThat(withoutLocation).isEmpty();
    }

    @Test
    void the_document_has_exactly_the_routes_of_the_permission_table() {
        Set<String> table = new TreeSet<>();
        rules.routes().forEach(r -> table.add(r.method().name() + " " + r.pattern()));
        rules.openRoutes().forEach(r -> table.add(r.method().name() + " " + r.pattern()));
        table.removeAll(routesOutsideTheDocument());
        Set<String> documented = new TreeSet<>();
        document().api().getPaths().forEach((path, item) -> item.readOperationsMap().keySet()
                .forEach(method -> documented.add(method.name() + " " + path.replaceAll("\\{[^/}]+}", "*"))));

        assertThat(documented).as("routes in the document").containsExactlyElementsOf(table);
    }

    @Test
    void an_answer_the_document_does_not_describe_is_caught() {
        String path = document().api().getPaths().entrySet().stream()
                .filter(e -> e.getValue().getGet() != null && !e.getKey().contains("{"))
                .map(Map.Entry::getKey).findFirst().orElseThrow();

        assertThat(document().check("GET", path, 418, "text/plain", Map.of(), "teapot")).isNotEmpty();
        assertThat(document().check("GET", path, 403, "application/json", Map.of(), "{\"error\":\"no\"}")).isNotEmpty();
        assertThat(document().check("GET", path, 403, PROBLEM_JSON, Map.of(),
                "{\"type\":\"https://vigil.dev/problems/forbidden\",\"title\":\"Forbidden\",\"status\":403}")).isEmpty();
    }

    /** A read of each documented collection answers as documented, as every role that may read it. */
    @Test
    void answers_to_reads_match_the_document() {
        OpenAPI api = document().api();
        for (Map.Entry<String, PathItem> entry : api.getPaths().entrySet()) {
            if (entry.getValue().getGet() == null || entry.getKey().contains("{") || entry.getKey().contains("stream")) {
                continue;
            }
            for (String user : TestUsers.ROLES.keySet()) {
                // ApiClient fails the test if the answer (200, 403, 400 ...) is not what the document says
                ApiClient.as(user, port).get(entry.getKey());
            }
        }
    }
}
