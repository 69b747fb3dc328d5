package dev.vigil.notification;

import com.github.kagkarlsson.scheduler.task.Task;
import dev.vigil.contracts.events.CloudEventHeaders;
import dev.vigil.contracts.events.Topics;
import dev.vigil.contracts.governance.OrganisationRole;
import dev.vigil.contracts.governance.RiskClass;
import dev.vigil.contracts.incident.DetectionSource;
import dev.vigil.contracts.incident.HarmClass;
import dev.vigil.contracts.incident.HarmRealisation;
import dev.vigil.contracts.incident.HazardCategory;
import dev.vigil.contracts.incident.ImpactAssessed;
import dev.vigil.contracts.incident.ImpactAssessment;
import dev.vigil.contracts.incident.IncidentDeclared;
import dev.vigil.contracts.incident.IncidentEventTypes;
import dev.vigil.contracts.incident.Severity;
import dev.vigil.contracts.policy.AiSystemRecorded;
import dev.vigil.contracts.policy.PolicyEventTypes;
import dev.vigil.notification.assessment.ObligationIds;
import dev.vigil.platform.VigilProperties;
import dev.vigil.platform.scheduling.PersistentScheduler;
import dev.vigil.platform.test.ApiClient;
import dev.vigil.platform.test.MutableClock;
import dev.vigil.platform.test.TestEvents;
import dev.vigil.platform.test.TestInfrastructure;
import dev.vigil.platform.test.TestUsers;
import dev.vigil.platform.test.VigilTest;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The compliance officer's story, through REST on a real PostgreSQL and Kafka: the organisation
 * profile; an incident with a death in Germany on a high-risk system the organisation provides,
 * learnt from the incident and policy topics; the serious-incident determination and its 10-day
 * Art. 73 obligation with its reason; a personal-data breach and GDPR's 72 hours; a revised impact
 * moving a deadline with the superseded one kept; the clocks firing once with two scheduler
 * instances; a mark of not applicable; everything as of before; and what went on the topic.
 */
@VigilTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {NotificationServiceApplication.CONFIG, "vigil.scheduling.polling-interval=1h"})
@Import(ObligationsApiTest.Time.class)
class ObligationsApiTest {

    static final Instant AWARE = Instant.parse("2026-11-20T08:30:00Z");
    static final Instant START = Instant.parse("2026-11-20T10:00:00Z");
    static final String ART_73 = "eu-ai-act-art-73@DE";
    static final String GDPR_33 = "gdpr-art-33@DE";

    @TestConfiguration(proxyBeanMethods = false)
    static class Time {
        @Bean
        MutableClock clock() {
            return new MutableClock(START);
        }
    }

    static final TestEvents EVENTS = new TestEvents();

    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;
    @Autowired
    PersistentScheduler scheduler;
    @Autowired
    List<Task<?>> tasks;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    VigilProperties properties;

    @AfterAll
    static void close() {
        EVENTS.close();
    }

    ApiClient as(String user) {
        return ApiClient.as(user, port);
    }

    static Map<String, Object> profile(String reason) {
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
        body.put("reason", reason);
        return body;
    }

    static IncidentDeclared declared(String key, boolean restricted) {
        return new IncidentDeclared(UUID.randomUUID(), key, "Triage assistant advised against calling an ambulance",
                "A patient died after the assistant advised waiting", "assistant-v4", "4.2.1", Severity.SEV1,
                HazardCategory.PRIVACY_LEAKAGE, DetectionSource.USER_REPORT, AWARE.minusSeconds(7200),
                AWARE.minusSeconds(600), AWARE, List.of("DE"), restricted, AWARE.plusSeconds(60));
    }

    static ImpactAssessed impact(UUID incident, int revision, int deathsOrSeriousInjuries) {
        return new ImpactAssessed(incident, revision, new ImpactAssessment(HarmRealisation.INCIDENT,
                List.of(HarmClass.DEATH_OR_INJURY, HarmClass.PERSONAL_DATA), 1L, false, false, true,
                deathsOrSeriousInjuries, false, "health", "Vigil Assist GmbH", "Clinic"),
                "Assessment revision " + revision, AWARE.plusSeconds(3600L * revision));
    }

    void publishIncident(IncidentDeclared incident, String actor) {
        EVENTS.publish(properties.kafka().topic(Topics.INCIDENT), IncidentEventTypes.LANGUAGE, incident, actor);
    }

    String publishImpact(ImpactAssessed impact) {
        return EVENTS.publish(properties.kafka().topic(Topics.INCIDENT), IncidentEventTypes.LANGUAGE, impact,
                TestUsers.COMMANDER);
    }

    void publishSystem(int revision, OrganisationRole role) {
        AiSystemRecorded system = new AiSystemRecorded("assistant-v4", revision, "Triage assistant", "DEPLOYED",
                Set.of(role), RiskClass.HIGH_RISK, "5(d) emergency triage", List.of("EU", "DE"),
                List.of("health"), "CONTROLLER", false, false, false, "olga", "triage", "Entered into the inventory", START);
        String type = PolicyEventTypes.LANGUAGE.typeOf(AiSystemRecorded.class).orElseThrow().ceType();
        EVENTS.send(TestEvents.record(properties.kafka().topic(Topics.POLICY), UUID.randomUUID().toString(), type,
                system.subject(), TestEvents.json(system), "paul", "/vigil/policy-service"));
    }

    JsonNode obligation(String user, String incident, String key) {
        for (JsonNode o : as(user).get("/api/incidents/" + incident + "/obligations").json().get("obligations")) {
            if (o.get("key").asString().equals(key)) {
                return o;
            }
        }
        return null;
    }

    long recorded(String eventType) {
        return jdbc.sql("select count(*) from domain_event_entry where payload_type like :type")
                .param("type", "%." + eventType).query(Long.class).single();
    }

    @Test
    void a_death_in_germany_on_a_high_risk_system_gives_ten_days_under_art_73_and_a_breach_gives_gdpr_72_hours()
            throws Exception {
        // the organisation profile, kept by compliance alone; bad input records nothing
        long before = recorded("ProfileRecorded");
        var badProfile = profile("Initial profile");
        badProfile.put("authorities", List.of(Map.of("regime", "EU_AI_ACT", "jurisdiction", "Germany", "name", "",
                "zone", "Mars/Olympus")));
        var refused = as("connie").send("PUT", "/api/org-profile", badProfile);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body()).contains("authorities[0].jurisdiction", "authorities[0].name", "authorities[0].zone");
        assertThat(as("connie").send("PUT", "/api/org-profile", Map.of("reason", "x", "actor", "someone")).status())
                .isEqualTo(400);
        assertThat(as("rita").send("PUT", "/api/org-profile", profile("Initial profile")).status()).isEqualTo(403);
        assertThat(recorded("ProfileRecorded")).isEqualTo(before);
        var saved = as("connie").send("PUT", "/api/org-profile", profile("Initial profile"));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().get("revision").asInt()).isEqualTo(1);
        assertThat(saved.json().get("recordedBy").get("subject").asString()).isEqualTo("connie");
        assertThat(as("connie").send("PUT", "/api/org-profile", profile("Again")).status()).isEqualTo(422);
        assertThat(as("cora").get("/api/org-profile").json().get("profile").get("authorities")).hasSize(2);
        Instant beforeIncident = Instant.now();

        // the incident and its system arrive on the topics; the impact is delivered twice
        IncidentDeclared incident = declared("INC-2026-0101", false);
        String key = incident.key();
        publishSystem(1, OrganisationRole.PROVIDER);
        publishIncident(incident, TestUsers.COMMANDER);
        ImpactAssessed firstImpact = impact(incident.incidentId(), 1, 1);
        String impactId = publishImpact(firstImpact);
        String type = IncidentEventTypes.LANGUAGE.typeOf(ImpactAssessed.class).orElseThrow().ceType();
        EVENTS.send(TestEvents.record(properties.kafka().topic(Topics.INCIDENT), impactId, type, firstImpact.subject(),
                TestEvents.json(firstImpact), TestUsers.COMMANDER));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(as("connie").get("/api/incidents/" + key).status()).isEqualTo(200);
            assertThat(jdbc.sql("select impact_revision from incident_facts where incident_key = :key").param("key", key)
                    .query(Integer.class).optional()).contains(1);
            assertThat(jdbc.sql("select count(*) from system_facts").query(Long.class).single()).isEqualTo(1);
        });

        // nothing is owed before compliance determines a serious incident, and every rule says why
        JsonNode undetermined = as("connie").get("/api/incidents/" + key + "/obligations?explainAll=true").json();
        assertThat(undetermined.get("obligations")).isEmpty();
        assertThat(undetermined.get("assessments").toString()).contains("eu-ai-act-art-73", "UNDETERMINED",
                "no serious-incident determination yet");

        // the serious-incident determination: COMPLIANCE only, with a reason; then ten days under Art. 73
        assertThat(as("carl").post("/api/incidents/" + key + "/determinations",
                Map.of("seriousIncident", true, "reason", "x")).status()).isEqualTo(403);
        var noReason = as("connie").post("/api/incidents/" + key + "/determinations", Map.of("seriousIncident", true));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("reason", "required");
        var future = as("connie").post("/api/incidents/" + key + "/determinations", Map.of("causalLinkEstablished", true,
                "causalLinkEstablishedAt", START.plusSeconds(3600).toString(), "reason", "r"));
        assertThat(future.body()).contains("causalLinkEstablishedAt", "not-in-future");
        var noTime = as("connie").post("/api/incidents/" + key + "/determinations",
                Map.of("causalLinkEstablished", true, "reason", "r"));
        assertThat(noTime.status()).isEqualTo(422);
        assertThat(noTime.body()).contains("causalLinkEstablishedAt", "required-with");
        assertThat(recorded("DeterminationsRecorded")).isZero();
        var determined = as("connie").post("/api/incidents/" + key + "/determinations", Map.of("seriousIncident", true,
                "reason", "A death caused by the system's advice: Art. 3(49)(a)"));
        assertThat(determined.status()).as(determined.body()).isEqualTo(201);
        assertThat(determined.json().get("revision").asInt()).isEqualTo(1);
        Instant afterSerious = Instant.now();

        JsonNode art73 = obligation("connie", key, ART_73);
        assertThat(art73).isNotNull();
        assertThat(art73.get("id").asString()).isEqualTo(ObligationIds.of(incident.incidentId(), ART_73).toString());
        assertThat(art73.get("authority").get("name").asString()).isEqualTo("Bundesnetzagentur");
        assertThat(art73.get("stages").get(0).get("dueAt").asString()).isEqualTo(AWARE.plus(Duration.ofDays(10)).toString());
        assertThat(art73.get("explanation").toString()).contains("HIGH_RISK_PROVIDER", "SERIOUS_INCIDENT",
                "PERSON_DIED", "DE lies in EU");
        assertThat(art73.get("stages").get(0).get("basis").asString()).contains("10 calendar days");
        assertThat(art73.get("history").get(0).get("cause").asString()).contains("determinations revision 1 by connie");

        // a personal-data breach: GDPR's 72 hours to the supervisory authority
        assertThat(as("connie").post("/api/incidents/" + key + "/determinations", Map.of("personalDataBreach", true,
                "reason", "Health data of the patient disclosed to a third party")).status()).isEqualTo(201);
        JsonNode gdpr = obligation("connie", key, GDPR_33);
        assertThat(gdpr).isNotNull();
        assertThat(gdpr.get("stages").get(0).get("dueAt").asString()).isEqualTo(AWARE.plus(Duration.ofHours(72)).toString());
        JsonNode history = as("aldo").get("/api/incidents/" + key + "/determinations").json();
        assertThat(history.get("revision").asInt()).isEqualTo(2);
        assertThat(history.get("history")).hasSize(2);
        assertThat(history.get("history").get(1).get("changed").toString()).contains("personalDataBreach");
        assertThat(history.get("determinations").get("seriousIncident").asBoolean()).isTrue();

        // a redelivered fact changes nothing: one Art. 73 obligation, found once
        assertThat(recorded("ObligationFound")).isEqualTo(2);

        // the impact is revised: no death after all, so Art. 73's fifteen days; the ten stay in the history
        publishImpact(impact(incident.incidentId(), 2, 0));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(obligation("connie", key, ART_73)
                .get("stages").get(0).get("dueAt").asString()).isEqualTo(AWARE.plus(Duration.ofDays(15)).toString()));
        JsonNode revised = obligation("connie", key, ART_73);
        JsonNode revision = revised.get("history").get(1);
        assertThat(revision.get("change").asString()).isEqualTo("REVISED");
        assertThat(revision.get("cause").asString()).contains("impact assessment revision 2");
        assertThat(revision.get("previousStages").get(0).get("dueAt").asString())
                .isEqualTo(AWARE.plus(Duration.ofDays(10)).toString());
        assertThat(revision.get("changes").toString()).contains("stage report: due " + AWARE.plus(Duration.ofDays(10)));

        // the clocks: two scheduler instances look as time passes; each threshold records once
        PersistentScheduler second = new PersistentScheduler(dataSource, tasks, clock, Duration.ofHours(1));
        second.start();
        try {
            clock.set(AWARE.plus(Duration.ofHours(65)));
            scheduler.checkNow();
            second.checkNow();
            await().atMost(Duration.ofSeconds(30)).until(() -> recorded("StageDueSoon") == 3);
            clock.set(AWARE.plus(Duration.ofHours(72)).plusSeconds(1));
            scheduler.checkNow();
            second.checkNow();
            await().atMost(Duration.ofSeconds(30)).until(() -> recorded("StageOverdue") == 1);
            scheduler.checkNow();
            second.checkNow();
            await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("select count(*) from scheduled_tasks where "
                    + "task_name = 'notification-obligation-clock' and execution_time <= :now")
                    .param("now", java.sql.Timestamp.from(clock.instant())).query(Long.class).single() == 0);
        } finally {
            second.stop();
        }
        assertThat(recorded("StageDueSoon")).isEqualTo(3);
        assertThat(recorded("StageOverdue")).isEqualTo(1);
        JsonNode late = obligation("cora", key, GDPR_33);
        assertThat(late.get("clocks")).hasSize(4);
        assertThat(late.get("next").get("late").asBoolean()).isTrue();
        assertThat(late.get("next").get("lateBy").asString()).isEqualTo("PT1S");

        // the register sorts by time left: GDPR (late) before Art. 73; filters by regime, status, due before
        JsonNode all = as("cora").get("/api/obligations").json();
        assertThat(all).hasSize(2);
        assertThat(all.get(0).get("key").asString()).isEqualTo(GDPR_33);
        assertThat(all.get(1).get("next").get("late").asBoolean()).isFalse();
        assertThat(all.get(1).get("incidentKey").asString()).isEqualTo(key);
        assertThat(as("cora").get("/api/obligations?regime=GDPR").json()).hasSize(1);
        assertThat(as("cora").get("/api/obligations?dueBefore=" + AWARE.plus(Duration.ofDays(4))).json()).hasSize(1);
        assertThat(as("cora").get("/api/obligations?incident=" + key + "&status=OPEN").json()).hasSize(2);
        var badFilter = as("cora").get("/api/obligations?regime=GDPRX");
        assertThat(badFilter.status()).isEqualTo(400);
        assertThat(badFilter.body()).contains("regime", "one-of");

        // compliance marks Art. 73 not applicable, with a justification that stays on the record
        String art73Id = revised.get("id").asString();
        assertThat(as("cora").post("/api/obligations/" + art73Id + "/not-applicable",
                Map.of("justification", "x")).status()).isEqualTo(403);
        assertThat(as("connie").post("/api/obligations/" + art73Id + "/not-applicable", Map.of()).body())
                .contains("justification", "required");
        var marked = as("connie").post("/api/obligations/" + art73Id + "/not-applicable", Map.of("justification",
                "The system was not placed on the market in the Union: a pilot under Art. 60"));
        assertThat(marked.status()).as(marked.body()).isEqualTo(200);
        assertThat(marked.json().get("status").asString()).isEqualTo("NOT_APPLICABLE");
        assertThat(marked.json().get("notApplicable").get("markedBy").get("subject").asString()).isEqualTo("connie");
        assertThat(as("connie").post("/api/obligations/" + art73Id + "/not-applicable",
                Map.of("justification", "again")).status()).isEqualTo(409);
        assertThat(as("connie").post("/api/obligations/" + UUID.randomUUID() + "/not-applicable",
                Map.of("justification", "j")).status()).isEqualTo(404);

        // as of before the incident, after the serious-incident determination
        assertThat(as("aldo").get("/api/incidents/" + key + "/obligations?asOf=" + beforeIncident).json()
                .get("obligations")).isEmpty();
        JsonNode then = as("aldo").get("/api/incidents/" + key + "/obligations?asOf=" + afterSerious).json();
        assertThat(then.get("obligations")).singleElement().satisfies(o -> {
            assertThat(o.get("key").asString()).isEqualTo(ART_73);
            assertThat(o.get("stages").get(0).get("dueAt").asString()).isEqualTo(AWARE.plus(Duration.ofDays(10)).toString());
            assertThat(o.get("status").asString()).isEqualTo("OPEN");
        });
        assertThat(as("connie").get("/api/org-profile?asOf=" + beforeIncident).json().get("revision").asInt()).isEqualTo(1);

        // a new profile revision recomputes every incident: GDPR's authority renamed, the change on its record
        var renamed = profile("The data-protection authority's full name");
        renamed.put("authorities", List.of(
                Map.of("regime", "EU_AI_ACT", "jurisdiction", "DE", "name", "Bundesnetzagentur", "zone", "Europe/Berlin"),
                Map.of("regime", "GDPR", "jurisdiction", "DE", "name", "Bundesbeauftragte für den Datenschutz",
                        "zone", "Europe/Berlin")));
        assertThat(as("connie").send("PUT", "/api/org-profile", renamed).json().get("revision").asInt()).isEqualTo(2);
        JsonNode gdprNow = obligation("connie", key, GDPR_33);
        assertThat(gdprNow.get("authority").get("name").asString()).isEqualTo("Bundesbeauftragte für den Datenschutz");
        JsonNode renaming = gdprNow.get("history").get(gdprNow.get("history").size() - 1);
        assertThat(renaming.get("cause").asString()).contains("organisation profile revision 2 by connie");
        assertThat(renaming.get("changes").toString()).contains("authority: BfDI");

        // the inventory now says the organisation deploys the system: Art. 73 is withdrawn, Art. 26(5) is due now
        publishSystem(2, OrganisationRole.DEPLOYER);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(obligation("connie", key, ART_73).get("status").asString()).isEqualTo("WITHDRAWN"));
        JsonNode withdrawn = obligation("connie", key, ART_73);
        assertThat(withdrawn.get("history").get(withdrawn.get("history").size() - 1).get("changes").toString())
                .contains("HIGH_RISK_PROVIDER");
        JsonNode now = as("connie").get("/api/obligations?incident=" + key + "&status=OPEN").json();
        assertThat(now.get(0).get("key").asString()).isEqualTo("eu-ai-act-art-26-5@EU");
        assertThat(now.get(0).get("next").get("immediate").asBoolean()).isTrue();

        // what went on vigil.notification.events, each naming the incident
        awaitPublished(properties.kafka().topic(Topics.NOTIFICATION), incident.incidentId(),
                List.of("vigil.notification.ObligationRecorded.v1",
                "vigil.notification.ObligationRevised.v1", "vigil.notification.ObligationDueSoon.v1",
                "vigil.notification.ObligationOverdue.v1", "vigil.notification.ObligationMarkedNotApplicable.v1",
                "vigil.notification.ObligationWithdrawn.v1"));
    }

    @Test
    void a_restricted_incidents_obligations_exist_only_for_those_who_may_know_it() {
        IncidentDeclared secret = declared("INC-2026-0202", true);
        publishIncident(secret, TestUsers.RESPONDER);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(as("connie").get("/api/incidents/" + secret.key()).status()).isEqualTo(200);
            assertThat(jdbc.sql("select count(*) from incident_facts where incident_key = :key").param("key", secret.key())
                    .query(Long.class).single()).isEqualTo(1);
        });
        assertThat(as("carl").get("/api/incidents/" + secret.key() + "/obligations").status()).isEqualTo(404);
        assertThat(as("carl").get("/api/incidents/" + secret.incidentId() + "/determinations").status()).isEqualTo(404);
        assertThat(as("carl").get("/api/obligations?incident=" + secret.key()).status()).isEqualTo(404);
        assertThat(as("cora").get("/api/incidents/" + secret.key() + "/obligations").status()).isEqualTo(200);
        assertThat(as("connie").get("/api/incidents/" + secret.incidentId() + "/determinations").json()
                .get("revision").asInt()).isZero();
        assertThat(as("connie").get("/api/incidents/INC-1999-0404/obligations").status()).isEqualTo(404);
    }

    /** Waits until every one of the types has been on the notification topic with a payload naming the incident. */
    static void awaitPublished(String topic, UUID incidentId, List<String> expected) {
        List<String> types = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.get().kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "obligations-api-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                consumer.poll(Duration.ofMillis(500)).forEach(record -> {
                    if (new String(record.value(), StandardCharsets.UTF_8).contains(incidentId.toString())) {
                        types.add(new String(record.headers().lastHeader(CloudEventHeaders.TYPE).value(),
                                StandardCharsets.UTF_8));
                    }
                });
                assertThat(types).containsAll(expected);
            });
        }
    }
}
