package dev.vigil.incident.timeline;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TimelineLinesTest {

    @Test
    void another_services_fact_reads_with_what_it_names_of_itself() {
        assertThat(TimelineLines.describeExternal("policy-service", "IncidentOnExceptedSystem", Map.of(
                "incidentKey", "INC-2026-0001", "exceptionKey", "EXC-2026-0001", "systemId", "support-bot",
                "waivedControlIds", List.of("CTL-RT-01"))))
                .isEqualTo("policy-service: IncidentOnExceptedSystem: EXC-2026-0001");
        assertThat(TimelineLines.describeExternal("notification-service", "ObligationRecorded", Map.of(
                "title", "EU AI Act Art. 73", "summary", "Report by 2026-12-04")))
                .isEqualTo("notification-service: ObligationRecorded: EU AI Act Art. 73 — Report by 2026-12-04");
        assertThat(TimelineLines.describeExternal("review-service", "ReviewOpened", Map.of()))
                .isEqualTo("review-service: ReviewOpened");
    }
}
