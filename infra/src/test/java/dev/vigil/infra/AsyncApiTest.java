package dev.vigil.infra;

import dev.vigil.contracts.events.EventType;
import dev.vigil.contracts.events.PublishedLanguage;
import dev.vigil.contracts.incident.IncidentEventTypes;
import dev.vigil.contracts.notification.NotificationEventTypes;
import dev.vigil.contracts.policy.PolicyEventTypes;
import dev.vigil.contracts.review.ReviewEventTypes;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The AsyncAPI document is valid AsyncAPI 3.0 (the official JSON Schema, in test resources) and says
 * exactly what each topic carries: every published type, nothing else. {@code OperationsTest} holds
 * its payload schemas to events the services really published. The schemas are handed to the validator as
 * JSON text: the same json-schema-validator platform-test's response checks use (2.0.x, built on Jackson 2)
 * reads them, whatever Jackson the test itself holds them in.
 */
class AsyncApiTest {

    static final List<PublishedLanguage> LANGUAGES = List.of(IncidentEventTypes.LANGUAGE, ReviewEventTypes.LANGUAGE,
            PolicyEventTypes.LANGUAGE, NotificationEventTypes.LANGUAGE);

    @Test
    @SuppressWarnings("unchecked")
    void every_published_event_type_is_documented_on_its_topic_with_a_payload_schema_and_nothing_more() throws IOException {
        Map<String, Object> document;
        try (Reader in = Files.newBufferedReader(Path.of("asyncapi.yaml"))) {
            document = new Yaml().load(in);
        }
        Map<String, Object> channels = (Map<String, Object>) document.get("channels");
        Map<String, Object> components = (Map<String, Object>) document.get("components");
        Map<String, Object> messages = (Map<String, Object>) components.get("messages");
        Map<String, Object> schemas = (Map<String, Object>) components.get("schemas");
        for (PublishedLanguage language : LANGUAGES) {
            Map<String, Object> channel = (Map<String, Object>) channels.get(language.context() + "Events");
            assertThat(channel.get("address")).isEqualTo(language.topic());
            Map<String, Object> listed = (Map<String, Object>) channel.get("messages");
            Set<String> documented = new TreeSet<>();
            for (String name : listed.keySet()) {
                Map<String, Object> message = (Map<String, Object>) messages.get(name);
                assertThat(message).as("message " + name).isNotNull();
                documented.add(ceType(message));
                String payload = (String) ((Map<String, Object>) message.get("payload")).get("$ref");
                assertThat(schemas).as("payload schema of " + name).containsKey(payload.substring(payload.lastIndexOf('/') + 1));
            }
            Set<String> published = language.types().stream().map(EventType::ceType)
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(documented).as(language.topic()).isEqualTo(published);
        }
    }

    @Test
    void the_document_is_valid_asyncapi_3() throws IOException {
        List<com.networknt.schema.Error> errors;
        try (var schema = AsyncApiTest.class.getResourceAsStream("/asyncapi/asyncapi-3.0.0.schema.json")) {
            errors = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                    .getSchema(schema)
                    .validate(document().toString(), InputFormat.JSON);
        }
        assertThat(errors).as("infra/asyncapi.yaml against the AsyncAPI 3.0.0 schema").isEmpty();
    }

    @Test
    void a_document_that_breaks_the_asyncapi_schema_is_refused() throws IOException {
        ObjectNode broken = (ObjectNode) document();
        ((ObjectNode) broken.get("channels").get("incidentEvents")).put("address", 42);
        try (var schema = AsyncApiTest.class.getResourceAsStream("/asyncapi/asyncapi-3.0.0.schema.json")) {
            assertThat(SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(schema)
                    .validate(broken.toString(), InputFormat.JSON))
                    .isNotEmpty();
        }
    }

    /** infra/asyncapi.yaml as a JSON tree. */
    static JsonNode document() throws IOException {
        try (Reader in = Files.newBufferedReader(Path.of("asyncapi.yaml"))) {
            Object yaml = new Yaml().load(in);
            return JsonMapper.builder().build().valueToTree(yaml);
        }
    }

    /**
     * The payload schema of the message whose ce_type is {@code ceType}, as a standalone JSON Schema
     * (draft-07) that resolves the document's {@code #/components/schemas/...} references.
     */
    static Schema payloadSchema(JsonNode document, String ceType) {
        JsonNode messages = document.get("components").get("messages");
        for (var entry : messages.properties()) {
            JsonNode message = entry.getValue();
            for (JsonNode part : message.path("headers").path("allOf")) {
                if (ceType.equals(part.path("properties").path("ce_type").path("const").asString(null))) {
                    ObjectNode root = JsonMapper.builder().build().createObjectNode();
                    root.put("$schema", "http://json-schema.org/draft-07/schema#");
                    root.set("components", document.get("components"));
                    root.put("$ref", message.get("payload").get("$ref").asString());
                    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(root.toString(), InputFormat.JSON);
                }
            }
        }
        throw new AssertionError("no message documented for " + ceType);
    }

    @SuppressWarnings("unchecked")
    private static String ceType(Map<String, Object> message) {
        List<Map<String, Object>> allOf = (List<Map<String, Object>>) ((Map<String, Object>) message.get("headers")).get("allOf");
        return allOf.stream()
                .map(part -> (Map<String, Object>) part.get("properties"))
                .filter(properties -> properties != null && properties.containsKey("ce_type"))
                .map(properties -> (String) ((Map<String, Object>) properties.get("ce_type")).get("const"))
                .findFirst().orElseThrow();
    }
}
