package dev.vigil.infra;

import com.networknt.schema.InputFormat;
import dev.vigil.contracts.events.CloudEventHeaders;
import dev.vigil.contracts.events.PublishedLanguage;
import dev.vigil.platform.VigilProperties;
import dev.vigil.platform.test.ApiClient;
import dev.vigil.platform.test.TestInfrastructure;
import dev.vigil.platform.test.TestUsers;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What the four services really publish, held to the AsyncAPI document: a scenario through all of
 * them (an organisation profile, an AI system under a waiver, an incident on it with a death and a
 * personal-data breach, a review), then every record on every topic is read and its payload
 * validated against the documented schema of its {@code ce_type}. A payload that drifts from its
 * schema, or a type published on a topic without one, fails the build.
 */
class PublishedEventsTest {

    @Test
    void every_record_on_every_topic_matches_the_asyncapi_payload_schema_of_its_type() throws IOException {
        try (RunningPlatform platform = new RunningPlatform(TestInfrastructure.get().kafkaBootstrapServers(), "published",
                Map.of())) {
            platform.start(VigilService.values());
            scenario(platform);

            Map<String, String> topics = new TreeMap<>();
            for (PublishedLanguage language : AsyncApiTest.LANGUAGES) {
                topics.put(platform.context(VigilService.INCIDENT).getBean(VigilProperties.class).kafka()
                        .topic(language.topic()), language.context());
            }
            // each topic has records, and each context published what the scenario made it publish
            Map<String, Set<String>> typesByTopic = new TreeMap<>();
            List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
            Set<String> expected = Set.of("vigil.incident.IncidentDeclared.v1", "vigil.incident.ImpactAssessed.v1",
                    "vigil.policy.AiSystemRecorded.v1", "vigil.policy.PolicyExceptionChanged.v1",
                    "vigil.policy.IncidentOnExceptedSystem.v1", "vigil.review.ReviewOpened.v1",
                    "vigil.notification.ObligationRecorded.v1");
            try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.get().kafkaBootstrapServers(),
                    ConsumerConfig.GROUP_ID_CONFIG, "published-test-" + UUID.randomUUID(),
                    ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                    ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                    ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class))) {
                consumer.subscribe(List.copyOf(topics.keySet()));
                Set<String> seen = new TreeSet<>();
                await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
                    consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                        records.add(record);
                        seen.add(header(record, CloudEventHeaders.TYPE));
                    });
                    assertThat(seen).as("types published so far").containsAll(expected);
                });
                // what else the services published meanwhile (later moves of the same scenario)
                for (int empty = 0; empty < 3; ) {
                    var more = consumer.poll(Duration.ofMillis(500));
                    more.forEach(records::add);
                    empty = more.isEmpty() ? empty + 1 : 0;
                }
            }

            JsonNode asyncapi = AsyncApiTest.document();
            List<String> drifts = new ArrayList<>();
            for (ConsumerRecord<String, byte[]> record : records) {
                String type = header(record, CloudEventHeaders.TYPE);
                typesByTopic.computeIfAbsent(topics.get(record.topic()), t -> new TreeSet<>()).add(type);
                String payload = new String(record.value(), StandardCharsets.UTF_8);
                var errors = AsyncApiTest.payloadSchema(asyncapi, type).validate(payload, InputFormat.JSON);
                if (!errors.isEmpty()) {
                    drifts.add(type + ": " + errors + "\n    " + payload);
                }
            }
            System.out.println("payloads held to infra/asyncapi.yaml, by context: " + typesByTopic);
            assertThat(typesByTopic).as("contexts whose records were checked")
                    .containsOnlyKeys("incident", "policy", "review", "notification");
            assertThat(drifts).as("published payloads that do not match their AsyncAPI schema").isEmpty();
        }
    }

    @Test
    void a_payload_that_drifts_from_its_schema_is_caught() throws IOException {
        JsonNode asyncapi = AsyncApiTest.document();
        var schema = AsyncApiTest.payloadSchema(asyncapi, "vigil.review.ReviewOpened.v1");

        assertThat(schema.validate("[42]", InputFormat.JSON)).isNotEmpty();
        assertThat(schema.validate("{\"title\": 42}", InputFormat.JSON)).isNotEmpty();
    }

    /** One story that makes every context publish. */
    private static void scenario(RunningPlatform platform) {
        ApiClient connie = platform.as(TestUsers.COMPLIANCE, VigilService.NOTIFICATION);
        var profile = connie.send("PUT", "/api/org-profile", profile());
        assertThat(profile.status()).as(profile.toString()).isEqualTo(200);

        Map<String, Object> system = new HashMap<>(Map.of("id", "triage-assistant", "name", "Triage assistant",
                "purpose", "Advises callers of a clinic", "ownerSubject", "olga", "lifecycle", "DEPLOYED",
                "roles", List.of("PROVIDER"), "riskClass", "HIGH_RISK", "annexIIIArea", "5(d) emergency triage",
                "reason", "Inventory"));
        system.put("jurisdictions", List.of("EU", "DE"));
        system.put("sectors", List.of("health"));
        system.put("personalData", "CONTROLLER");
        Waivers.approvedWaiver(platform, system, "CTL-TR-01");

        ApiClient carl = platform.as(TestUsers.COMMANDER, VigilService.INCIDENT);
        Map<String, Object> declaration = Declarations.declaration("Triage assistant advised against an ambulance", false);
        String now = Instant.now().toString();
        declaration.put("systemId", "triage-assistant");
        declaration.put("jurisdictions", List.of("DE"));
        declaration.put("severity", "SEV1");
        declaration.put("category", "PRIVACY_LEAKAGE");
        declaration.put("detectedAt", now);
        declaration.put("awareAt", now);
        var declared = carl.post("/api/incidents", declaration);
        assertThat(declared.status()).as(declared.toString()).isEqualTo(201);
        String incident = declared.json().get("id").asString();
        Map<String, Object> impact = new HashMap<>();
        impact.put("realisation", "INCIDENT");
        impact.put("harmClasses", List.of("DEATH_OR_INJURY", "PERSONAL_DATA"));
        impact.put("peopleAffected", 1);
        impact.put("minorsAffected", false);
        impact.put("protectedGroupsAffected", false);
        impact.put("personalDataInvolved", true);
        impact.put("deathsOrSeriousInjuries", 1);
        impact.put("criticalInfrastructureDisruption", false);
        impact.put("sector", "health");
        impact.put("developer", "Vigil Assist GmbH");
        impact.put("deployer", "Clinic");
        var assessed = carl.post("/api/incidents/" + incident + "/impact",
                Map.of("assessment", impact, "reason", "A caller died; the transcripts leaked"));
        assertThat(assessed.status()).as(assessed.toString()).isEqualTo(200);

        // compliance's determination, once notification-service knows the incident: obligations are owed
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(connie.get("/api/incidents/" + incident).status()).isEqualTo(200));
        var determined = connie.post("/api/incidents/" + incident + "/determinations", Map.of("seriousIncident", true,
                "personalDataBreach", true, "reason", "A death caused by the system's advice; health data disclosed"));
        assertThat(determined.status()).as(determined.toString()).isEqualTo(201);

        var opened = platform.as(TestUsers.REVIEWER, VigilService.REVIEW).post("/api/reviews",
                Map.of("title", "Near miss: triage advice", "systemId", "triage-assistant", "severity", "SEV2"));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
    }

    private static Map<String, Object> profile() {
        Map<String, Object> body = new HashMap<>();
        body.put("legalEntities", List.of(Map.of("name", "Vigil Assist GmbH", "establishedIn", "DE")));
        body.put("euAiActHighRiskProvider", true);
        body.put("gdprController", true);
        body.put("nis2EntityType", "NOT_IN_SCOPE");
        body.put("doraFinancialEntity", false);
        body.put("secRegistrant", false);
        body.put("authorities", List.of(
                Map.of("regime", "EU_AI_ACT", "jurisdiction", "DE", "name", "Bundesnetzagentur", "zone", "Europe/Berlin"),
                Map.of("regime", "GDPR", "jurisdiction", "DE", "name", "BfDI", "zone", "Europe/Berlin")));
        body.put("reason", "Set up for the published-events check");
        return body;
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
