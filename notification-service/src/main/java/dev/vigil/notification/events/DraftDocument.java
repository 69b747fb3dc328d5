package dev.vigil.notification.events;

import java.util.List;

/**
 * The text of a regulator notification: a title and its sections in order, each a heading and plain
 * text (paragraphs apart by a blank line). Rendered as Markdown, HTML and PDF alike.
 */
public record DraftDocument(String title, List<Section> sections) {

    /** How a template marks what it could not fill in; a draft with one left is unfinished. */
    public static final String PLACEHOLDER = "[to be completed:";

    public DraftDocument {
        sections = sections == null ? List.of() : List.copyOf(sections);
    }

    /** One section: {@code key} names what the template asked for (e.g. {@code what-happened}). */
    public record Section(String key, String heading, String text) {
    }

    /** The headings of the sections that still hold a placeholder. */
    public List<String> unfinished() {
        return sections.stream().filter(s -> s.text() != null && s.text().contains(PLACEHOLDER)).map(Section::heading)
                .toList();
    }
}
