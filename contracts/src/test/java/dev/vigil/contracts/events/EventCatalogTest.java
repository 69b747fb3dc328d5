package dev.vigil.contracts.events;

import dev.vigil.contracts.incident.IncidentDeclared;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EventCatalogTest {

    @Test
    void an_event_type_names_its_context_event_and_version() {
        assertThat(EventCatalog.typeOf(IncidentDeclared.class)).isEqualTo("vigil.incident.IncidentDeclared.v1");
    }

    @Test
    void a_published_type_resolves_back_to_its_class_and_an_unknown_one_does_not() {
        assertThat(EventCatalog.classOf("vigil.incident.IncidentDeclared.v1")).contains(IncidentDeclared.class);
        assertThat(EventCatalog.classOf("vigil.incident.Unheard.v1")).isEmpty();
    }

    @Test
    void each_context_publishes_to_its_own_topic() {
        assertThat(Topics.of(EventCatalog.contextOf(IncidentDeclared.class))).isEqualTo(Topics.INCIDENT);
    }
}
