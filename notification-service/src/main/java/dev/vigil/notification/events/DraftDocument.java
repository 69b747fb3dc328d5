package dev.vigil.notification.events;

import java.util.List;

/**
 * The text of a regulator notification: a title and its sections in order, each a heading and plain
 * text (paragraphs apart by a blank line). Rendered as Markdown, HTML and PDF alike.
 */
public record DraftDocument(String title, List<Section> sections) {

    public DraftDocument {
        sections = sections == null ? List.of() : List.copyOf(sections);
    }

    /** One section: {@code key} names what the template asked for (e.g. {@code what-happened}). */
    public record Section(String key, String heading, String text) {
    }
}
