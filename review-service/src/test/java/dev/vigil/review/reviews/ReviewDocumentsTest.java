package dev.vigil.review.reviews;

import dev.vigil.contracts.governance.ControlLayer;
import dev.vigil.contracts.incident.Audience;
import dev.vigil.contracts.incident.DecisionKind;
import dev.vigil.contracts.incident.DecisionLogged;
import dev.vigil.contracts.incident.DetectionSource;
import dev.vigil.contracts.incident.HazardCategory;
import dev.vigil.contracts.incident.IncidentCommanderAssigned;
import dev.vigil.contracts.incident.IncidentDeclared;
import dev.vigil.contracts.incident.IncidentRoleAssigned;
import dev.vigil.contracts.incident.IncidentRole;
import dev.vigil.contracts.incident.IncidentStatus;
import dev.vigil.contracts.incident.IncidentStatusChanged;
import dev.vigil.contracts.incident.ParticipantLeft;
import dev.vigil.contracts.incident.Person;
import dev.vigil.contracts.incident.Severity;
import dev.vigil.contracts.incident.SeverityChanged;
import dev.vigil.contracts.incident.StatusUpdatePosted;
import dev.vigil.contracts.review.FactorCategory;
import dev.vigil.review.events.FactorAdded;
import dev.vigil.review.events.ReviewOpened;
import dev.vigil.review.events.SectionWritten;
import dev.vigil.review.events.SectionsPrefilled;
import dev.vigil.review.incidentfacts.IncidentFacts;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The read side as plain functions: the incident's facts folded from its events, the prefill, the Markdown export. */
class ReviewDocumentsTest {

    static final UUID INCIDENT = UUID.fromString("7ae0d455-895b-4fdf-968d-6ea862f57bc4");
    static final Instant T = Instant.parse("2026-11-20T09:00:00Z");
    static final Person CARL = new Person("carl", "Carl Commander");
    static final Person TESS = new Person("tess", "Tess Tech");

    static IncidentFacts facts() {
        IncidentFacts f = null;
        for (Object event : List.of(
                new SeverityChanged(INCIDENT, Severity.SEV3, Severity.SEV1, "ignored before the declaration", T),
                new IncidentDeclared(INCIDENT, "INC-2026-0001", "Bot advice", "A minor got dosage advice.", "support-bot",
                        "2026-10-01", Severity.SEV2, HazardCategory.HIGH_STAKES_HALLUCINATION, DetectionSource.USER_REPORT,
                        T.minusSeconds(7200), T.minusSeconds(3600), T.minusSeconds(1800), List.of("EU"), false, T),
                new IncidentCommanderAssigned(INCIDENT, CARL, null, T.plusSeconds(60)),
                new SeverityChanged(INCIDENT, Severity.SEV2, Severity.SEV1, "A minor was harmed", T.plusSeconds(120)),
                new IncidentRoleAssigned(INCIDENT, IncidentRole.TECH_LEAD, TESS, null, T.plusSeconds(130)),
                new DecisionLogged(INCIDENT, UUID.randomUUID(), DecisionKind.KILL_SWITCH, "Disable dosage answers",
                        "Stops harm", List.of(), CARL, null, "dosage-answers", null, true, T.plusSeconds(180)),
                new StatusUpdatePosted(INCIDENT, UUID.randomUUID(), Audience.EXTERNAL, "We paused a feature.",
                        T.plusSeconds(240)),
                new SeverityChanged(INCIDENT, Severity.SEV1, Severity.SEV3, "Contained", T.plusSeconds(300)),
                new IncidentStatusChanged(INCIDENT, IncidentStatus.INVESTIGATING, IncidentStatus.CONTAINED, null,
                        T.plusSeconds(360)),
                new ParticipantLeft(INCIDENT, TESS, T.plusSeconds(400)),
                new IncidentStatusChanged(INCIDENT, IncidentStatus.CONTAINED, IncidentStatus.RESOLVED, "Fix deployed",
                        T.plusSeconds(3600)))) {
            f = IncidentFacts.apply(f, event, "rita", "Rita Responder");
        }
        return f;
    }

    @Test
    void the_incidents_facts_are_folded_from_its_events_keeping_everyone_who_took_part() {
        IncidentFacts f = facts();
        assertThat(f.events()).isEqualTo(10);
        assertThat(f.severity()).isEqualTo(Severity.SEV3);
        assertThat(f.highestSeverity()).isEqualTo(Severity.SEV1);
        assertThat(f.times().acknowledgedAt()).isEqualTo(T.plusSeconds(60));
        assertThat(f.times().containedAt()).isEqualTo(T.plusSeconds(360));
        assertThat(f.times().resolvedAt()).isEqualTo(T.plusSeconds(3600));
        assertThat(f.namesAndSubjects()).containsExactlyInAnyOrder("rita", "Rita Responder", "carl", "Carl Commander",
                "tess", "Tess Tech");
        assertThat(f.decisions()).singleElement().satisfies(d -> assertThat(d.containment()).isTrue());
    }

    @Test
    void the_draft_starts_from_the_facts() {
        Map<String, String> sections = Prefill.of(facts());
        assertThat(sections).containsOnlyKeys("summary", "impact", "timeline", "response-and-recovery");
        assertThat(sections.get("summary")).contains("INC-2026-0001: Bot advice.", "A minor got dosage advice.",
                "model version 2026-10-01", "Highest severity SEV1 (SEV3 at the end)");
        assertThat(sections.get("impact")).isEqualTo("No impact assessment was recorded during the incident.");
        assertThat(sections.get("timeline").lines().toList()).containsExactly(
                "- 2026-11-20T07:00:00Z The incident began.",
                "- 2026-11-20T08:00:00Z Detected (USER_REPORT).",
                "- 2026-11-20T08:30:00Z The organisation became aware.",
                "- 2026-11-20T09:00:00Z Declared INC-2026-0001 at SEV2.",
                "- 2026-11-20T09:01:00Z Acknowledged: Carl Commander took command.",
                "- 2026-11-20T09:02:00Z Severity SEV2 → SEV1: A minor was harmed.",
                "- 2026-11-20T09:03:00Z Kill switch (dosage-answers): Disable dosage answers — Stops harm (reversible)",
                "- 2026-11-20T09:04:00Z External status update: We paused a feature.",
                "- 2026-11-20T09:05:00Z Severity SEV1 → SEV3: Contained.",
                "- 2026-11-20T09:06:00Z Contained.",
                "- 2026-11-20T10:00:00Z Resolved: Fix deployed.");
        assertThat(sections.get("response-and-recovery")).contains("Containment steps:", "Disable dosage answers",
                "We paused a feature.", "Time to acknowledge: 0 h 1 min; to contain: 0 h 6 min; to resolve: 1 h 0 min");
        assertThat(Prefill.of(facts())).isEqualTo(sections);
    }

    @Test
    void the_markdown_export_has_every_section_the_factors_and_items_and_escapes_table_cells() {
        UUID id = ReviewCommands.reviewIdOf(INCIDENT);
        Person rosa = new Person("rosa", "Rosa Reviewer");
        ReviewView view = null;
        long seq = 0;
        for (Object event : List.of(
                new ReviewOpened(id, INCIDENT, "INC-2026-0001", "Bot advice", "support-bot", Severity.SEV1, true, null, T),
                new SectionsPrefilled(id, Map.of("summary", "What happened."), T),
                new SectionWritten(id, "lessons", "Evaluate for minors.", rosa, T),
                new FactorAdded(id, UUID.randomUUID(), FactorCategory.EVALUATION_GAP, ControlLayer.PRE_DEPLOYMENT_EVALUATION,
                        "CTL-RT-01", "No eval | for minors\nat all", rosa, T))) {
            view = ReviewView.apply(view, event, seq++, T);
        }
        String md = ReviewMarkdown.of(view.with(List.of(), List.of(new ActionItemsOfReview.Item(UUID.randomUUID(),
                "Add an eval", "rita", "Evals", "OPEN", java.time.LocalDate.of(2026, 12, 5)))));
        assertThat(md).startsWith("# Post-incident review: Bot advice\n")
                .contains("| Incident | INC-2026-0001 |", "## Summary\n\nWhat happened.", "## Detection\n\n_Not written._",
                        "## Where we got lucky", "## Lessons\n\nEvaluate for minors.",
                        "| EVALUATION_GAP | PRE_DEPLOYMENT_EVALUATION | CTL-RT-01 | No eval \\| for minors at all |",
                        "| Add an eval | rita | Evals | OPEN | 2026-12-05 |");
        assertThat(view.version()).isEqualTo(3);
        assertThat(view.contributors()).containsExactly("rosa");
    }

    @Test
    void the_html_and_pdf_exports_carry_the_timeline_the_factors_and_the_items_with_markup_escaped() throws Exception {
        UUID id = ReviewCommands.reviewIdOf(INCIDENT);
        Person rosa = new Person("rosa", "Rosa Reviewer");
        ReviewView view = null;
        long seq = 0;
        for (Object event : List.of(
                new ReviewOpened(id, INCIDENT, "INC-2026-0001", "Bot <advice> & more", "support-bot", Severity.SEV1, true,
                        null, T),
                new SectionsPrefilled(id, Map.of("timeline", "- 2026-11-20T08:00:00Z Declared\n- 2026-11-20T10:00:00Z Resolved"),
                        T),
                new SectionWritten(id, "lessons", "Evaluate <script>alert(1)</script> for minors.", rosa, T),
                new FactorAdded(id, UUID.randomUUID(), FactorCategory.EVALUATION_GAP, ControlLayer.PRE_DEPLOYMENT_EVALUATION,
                        "CTL-RT-01", "No eval for minors", rosa, T))) {
            view = ReviewView.apply(view, event, seq++, T);
        }
        view = view.with(List.of(), List.of(new ActionItemsOfReview.Item(UUID.randomUUID(), "Add an eval", "rita",
                "Evals", "OPEN", java.time.LocalDate.of(2026, 12, 5))));

        String html = ReviewExport.html(view);
        assertThat(html).contains("<h1>Post-incident review: Bot &lt;advice&gt; &amp; more</h1>",
                        "<h2>Timeline</h2>", "2026-11-20T08:00:00Z Declared", "<td>PRE_DEPLOYMENT_EVALUATION</td>",
                        "<td>Add an eval</td>", "Evaluate &lt;script&gt;alert(1)&lt;/script&gt; for minors.")
                .doesNotContain("<script>");

        byte[] pdf = ReviewExport.pdf(view);
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (var read = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(read);
            assertThat(text).contains("Post-incident review: Bot <advice> & more", "INC-2026-0001", "Timeline",
                    "2026-11-20T10:00:00Z Resolved", "Contributing factors", "EVALUATION_GAP", "No eval for minors",
                    "Action items", "Add an eval", "2026-12-05", "Where we got lucky");
            assertThat(read.getDocumentInformation().getTitle()).isEqualTo("Post-incident review: Bot <advice> & more");
        }
        // one version of the review, one file
        assertThat(ReviewExport.pdf(view)).isEqualTo(pdf);
    }
}
