package dev.vigil.contracts.events;

import dev.vigil.contracts.incident.IncidentDeclared;
import dev.vigil.contracts.incident.IncidentEventTypes;
import dev.vigil.contracts.incident.SeverityChanged;
import dev.vigil.contracts.review.ReviewEventTypes;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PublishedLanguageTest {

    @Test
    void an_event_type_names_its_context_event_and_version() {
        assertThat(IncidentEventTypes.LANGUAGE.typeOf(IncidentDeclared.class).orElseThrow().ceType())
                .isEqualTo("vigil.incident.IncidentDeclared.v1");
    }

    @Test
    void a_published_type_resolves_back_to_its_class_and_an_unknown_one_does_not() {
        assertThat(IncidentEventTypes.LANGUAGE.type("vigil.incident.IncidentDeclared.v1"))
                .map(EventType::javaType).contains(IncidentDeclared.class);
        assertThat(IncidentEventTypes.LANGUAGE.type("vigil.incident.Unheard.v1")).isEmpty();
    }

    @Test
    void each_context_publishes_to_its_own_topic() {
        assertThat(IncidentEventTypes.LANGUAGE.topic()).isEqualTo(Topics.INCIDENT);
        assertThat(ReviewEventTypes.LANGUAGE.topic()).isEqualTo(Topics.REVIEW);
    }

    @Test
    void published_type_names_are_a_promise_so_the_list_is_pinned() {
        assertThat(IncidentEventTypes.LANGUAGE.types()).extracting(EventType::ceType).containsExactly(
                "vigil.incident.IncidentDeclared.v1", "vigil.incident.SeverityChanged.v1",
                "vigil.incident.IncidentStatusChanged.v1", "vigil.incident.IncidentCommanderAssigned.v1",
                "vigil.incident.IncidentRoleAssigned.v1", "vigil.incident.ParticipantJoined.v1",
                "vigil.incident.ParticipantLeft.v1", "vigil.incident.ImpactAssessed.v1",
                "vigil.incident.DecisionLogged.v1", "vigil.incident.StatusUpdatePosted.v1");
        assertThat(ReviewEventTypes.LANGUAGE.types()).extracting(EventType::ceType).containsExactly(
                "vigil.review.PostIncidentReviewPublished.v1", "vigil.review.ReviewOpened.v1",
                "vigil.review.ReviewStatusChanged.v1", "vigil.review.ActionItemRecorded.v1",
                "vigil.review.ActionItemStatusChanged.v1", "vigil.review.ActionItemDueDateChanged.v1",
                "vigil.review.ActionItemDueSoon.v1", "vigil.review.ActionItemOverdue.v1",
                "vigil.review.ReportPublished.v1");
    }

    @Test
    void a_class_or_type_registered_twice_is_refused() {
        assertThatThrownBy(() -> PublishedLanguage.of("test")
                .with("SeverityChanged", 1, SeverityChanged.class)
                .with("SeverityChanged", 2, SeverityChanged.class))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
