package dev.vigil.review.reviews;

import dev.vigil.contracts.incident.Person;

import java.util.List;

/**
 * A review as a Markdown document: its facts, the sections in reading order, the contributing factors, the
 * action items, acknowledged findings and the workflow's steps. Pure: the view in, the text out. Table cells are
 * escaped so that a pipe or a line break in a text cannot break the table.
 */
public final class ReviewMarkdown {

    private ReviewMarkdown() {
    }

    /** {@code view} as served (with its action items). */
    public static String of(ReviewView view) {
        StringBuilder md = new StringBuilder();
        md.append("# Post-incident review: ").append(line(view.title())).append("\n\n");
        md.append("| | |\n|---|---|\n");
        row(md, "Incident", view.incidentKey() == null ? "— (AI hazard)" : view.incidentKey());
        row(md, "System", view.systemId());
        row(md, "Severity", view.severity() == null ? "—" : view.severity().name());
        row(md, "Status", view.status().name());
        row(md, "Opened", view.openedAt() + (view.automatic() ? " (when the incident resolved)" : " by " + name(view.openedBy())));
        if (view.approvedBy() != null) {
            row(md, "Approved", view.approvedAt() + " by " + name(view.approvedBy()));
        }
        if (view.publishedAt() != null) {
            row(md, "Published", view.publishedAt().toString());
        }
        md.append('\n');
        for (Section section : Section.values()) {
            ReviewView.SectionView text = view.sections().get(section.key());
            md.append("## ").append(title(section)).append("\n\n");
            md.append(text == null || text.text().isBlank() ? "_Not written._" : text.text().strip()).append("\n\n");
            if (section == Section.CONTRIBUTING_FACTORS) {
                factors(md, view.factors());
            }
        }
        md.append("## Action items\n\n");
        if (view.actionItems().isEmpty()) {
            md.append(view.noActionItemsReason() == null ? "_None._" : "None: " + line(view.noActionItemsReason()))
                    .append("\n\n");
        } else {
            md.append("| Title | Owner | Team | Status | Due |\n|---|---|---|---|---|\n");
            view.actionItems().forEach(i -> md.append("| ").append(cell(i.title())).append(" | ").append(cell(i.ownerSubject()))
                    .append(" | ").append(cell(i.team())).append(" | ").append(i.status()).append(" | ")
                    .append(i.dueDate()).append(" |\n"));
            md.append('\n');
        }
        if (!view.acknowledgements().isEmpty()) {
            md.append("## Acknowledged language findings\n\n| Section | Sentence | Rule | Justification | By |\n"
                    + "|---|---|---|---|---|\n");
            view.acknowledgements().forEach(a -> md.append("| ").append(cell(a.section())).append(" | ")
                    .append(cell(a.sentence())).append(" | ").append(cell(a.ruleId())).append(" | ")
                    .append(cell(a.justification())).append(" | ").append(cell(name(a.acknowledgedBy()))).append(" |\n"));
            md.append('\n');
        }
        if (!view.history().isEmpty()) {
            md.append("## Workflow\n\n| When | From | To | By | Note |\n|---|---|---|---|---|\n");
            view.history().forEach(h -> md.append("| ").append(h.at()).append(" | ").append(h.from()).append(" | ")
                    .append(h.to()).append(" | ").append(cell(name(h.by()))).append(" | ")
                    .append(cell(h.note() == null ? "" : h.note())).append(" |\n"));
        }
        return md.toString();
    }

    private static void factors(StringBuilder md, List<ReviewView.FactorView> factors) {
        List<ReviewView.FactorView> standing = factors.stream().filter(f -> !f.withdrawn()).toList();
        if (standing.isEmpty()) {
            return;
        }
        md.append("| Category | Control layer | Control | Description |\n|---|---|---|---|\n");
        standing.forEach(f -> md.append("| ").append(f.category()).append(" | ").append(f.layer()).append(" | ")
                .append(cell(f.controlId() == null ? "" : f.controlId())).append(" | ").append(cell(f.description()))
                .append(" |\n"));
        md.append('\n');
    }

    static String title(Section section) {
        String words = section.key().replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static void row(StringBuilder md, String name, String value) {
        md.append("| ").append(name).append(" | ").append(cell(value)).append(" |\n");
    }

    private static String name(Person person) {
        return person == null ? "Vigil" : person.name();
    }

    private static String line(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    /** One table cell: on one line, pipes and backslashes escaped. */
    static String cell(String text) {
        return text == null ? "" : line(text).replace("\\", "\\\\").replace("|", "\\|");
    }
}
