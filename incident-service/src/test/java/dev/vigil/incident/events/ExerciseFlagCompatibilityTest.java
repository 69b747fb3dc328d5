package dev.vigil.incident.events;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The exercise flag came after the first declarations: those stored and published without it read as no exercise. */
class ExerciseFlagCompatibilityTest {

    static final String WITHOUT_FLAG = """
            {"incidentId":"46438b75-8aca-4173-bc36-1033efe65897","key":"INC-2026-0001","title":"t","summary":null,
             "systemId":"bot","modelVersion":null,"severity":"SEV2","category":"HIGH_STAKES_HALLUCINATION",
             "detectionSource":"USER_REPORT","occurredAt":null,"detectedAt":"2026-11-20T08:00:00Z",
             "awareAt":"2026-11-20T08:30:00Z","jurisdictions":["EU"],"restricted":false,
             "declaredAt":"2026-11-20T10:00:00Z"}""";

    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void a_recorded_declaration_without_the_flag_is_no_exercise() {
        assertThat(json.readValue(WITHOUT_FLAG, IncidentDeclared.class).exercise()).isFalse();
        assertThat(json.readValue(WITHOUT_FLAG.replace("\"restricted\"", "\"exercise\":true,\"restricted\""),
                IncidentDeclared.class).exercise()).isTrue();
    }

    @Test
    void a_published_declaration_without_the_flag_is_no_exercise() {
        var published = json.readValue(WITHOUT_FLAG, dev.vigil.contracts.incident.IncidentDeclared.class);
        assertThat(published.exercise()).isFalse();
        assertThat(json.writeValueAsString(published)).contains("\"exercise\":false");
    }
}
