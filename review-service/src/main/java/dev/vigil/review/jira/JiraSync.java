package dev.vigil.review.jira;

import dev.vigil.contracts.review.ActionItemStatus;
import dev.vigil.platform.messaging.SystemCommands;
import dev.vigil.review.actionitems.ActionItemCommands.ApplyJiraChange;
import dev.vigil.review.actionitems.ActionItemCommands.LinkJiraIssue;
import dev.vigil.review.actionitems.ActionItemCommands.RecordJiraConflict;
import dev.vigil.review.actionitems.ActionItemCommands.RecordJiraSync;
import dev.vigil.review.actionitems.ActionItemView;
import dev.vigil.review.actionitems.ActionItemViews;
import dev.vigil.review.events.JiraIssueState;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Brings one action item and its Jira issue level, under a database lock per item (so that two runs, on one
 * instance or two, never work on one item at once): creates the issue once (an issue already carrying the item's
 * label {@code vigil-<itemId>} is linked instead, so a retry after a lost answer creates no second one), reads the
 * issue from Jira, and then does what {@link JiraReconciliation} says: pushes Vigil's changes, moves the issue
 * through its transitions, takes Jira's changes over as facts, or records a conflict; finally records the state both
 * agree on. Nothing is recorded when nothing changed, so a webhook about a change Vigil made adds no fact.
 */
@Component
class JiraSync {

    static final String LABEL = "vigil";

    /** Another run holds the item: try again shortly, without counting a failure. */
    static final class Busy extends RuntimeException {
        Busy(UUID item) {
            super("another sync of action item " + item + " is running");
        }
    }

    private final JiraSettings settings;
    private final ActionItemViews items;
    private final SystemCommands commands;
    private final DataSource dataSource;
    private final JiraClient client;

    JiraSync(JiraSettings settings, ActionItemViews items, SystemCommands commands, DataSource dataSource,
             JsonMapper json, Clock clock) {
        this.settings = settings;
        this.items = items;
        this.commands = commands;
        this.dataSource = dataSource;
        this.client = settings.enabled() ? new JiraClient(settings, json, clock) : null;
    }

    Optional<JiraClient> client() {
        return Optional.ofNullable(client);
    }

    static String label(UUID itemId) {
        return LABEL + "-" + itemId;
    }

    /** The item an issue belongs to, by its label {@code vigil-<itemId>}. */
    static Optional<UUID> itemOf(List<String> labels) {
        for (String label : labels == null ? List.<String>of() : labels) {
            if (label.startsWith(LABEL + "-")) {
                try {
                    return Optional.of(UUID.fromString(label.substring(LABEL.length() + 1)));
                } catch (IllegalArgumentException notOurs) {
                    // another label that starts the same way
                }
            }
        }
        return Optional.empty();
    }

    /** @param force an admin's resync: Vigil's values win, and a conflict is cleared */
    void reconcile(UUID itemId, boolean force) {
        if (client == null) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            long key = itemId.getMostSignificantBits() ^ itemId.getLeastSignificantBits() ^ 0x4A495241L;
            if (!advisory(connection, "select pg_try_advisory_lock(?)", key)) {
                throw new Busy(itemId);
            }
            try {
                reconcileLocked(itemId, force);
            } finally {
                advisory(connection, "select pg_advisory_unlock(?)", key);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not lock action item " + itemId + " for its Jira sync", e);
        }
    }

    private static boolean advisory(Connection connection, String sql, long key) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, key);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    private void reconcileLocked(UUID itemId, boolean force) {
        ActionItemView item = items.find(itemId).orElse(null);
        if (item == null || item.jira() == null) {
            return;
        }
        if (item.jira().state() == ActionItemView.SyncState.CONFLICT && !force) {
            return; // waits for an admin's resync
        }
        String key = item.jira().issueKey();
        boolean fresh = false;
        if (key == null) {
            key = findOrCreate(item);
            fresh = true;
            item = items.find(itemId).orElseThrow();
        }
        JiraClient.Issue issue = client.get(key);
        JiraIssueState agreed = force || fresh ? null : item.jira().agreed();
        JiraReconciliation.Plan plan = JiraReconciliation.plan(item, issue, agreed);
        if (!plan.conflicts().isEmpty()) {
            commands.send(new RecordJiraConflict(itemId, key, plan.conflicts(), "changed in Vigil and in Jira since "
                    + "they last agreed: " + String.join(", ", plan.conflicts()) + "; an admin resyncs (Vigil's values win)"));
            return;
        }
        String summary = issue.summary();
        var dueDate = issue.dueDate();
        String statusName = issue.statusName();
        String category = issue.statusCategory();
        if (!plan.push().isEmpty()) {
            client.update(key, plan.push());
            summary = plan.push().containsKey("summary") ? item.title() : summary;
            dueDate = plan.push().containsKey("duedate") ? item.dueDate() : dueDate;
        }
        if (plan.transitionTo() != null) {
            JiraClient.Transition transition = choose(key, client.transitions(key), plan.transitionTo());
            client.transition(key, transition.id());
            statusName = transition.toStatus();
            category = transition.toCategory();
        }
        JiraIssueState after = new JiraIssueState(summary, dueDate, statusName, category);
        if (plan.pulls()) {
            commands.send(new ApplyJiraChange(itemId, key, plan.title(), plan.dueDate(), plan.status(), after,
                    item.version()));
        } else if (item.jira().state() != ActionItemView.SyncState.SYNCED || !after.equals(item.jira().agreed())) {
            commands.send(new RecordJiraSync(itemId, key, after, item.version()));
        }
    }

    private String findOrCreate(ActionItemView item) {
        List<JiraClient.Issue> found = client.search("labels = \"" + label(item.id()) + "\" ORDER BY created ASC");
        boolean created = found.isEmpty();
        String key = created ? client.create(fields(item)) : found.getFirst().key();
        commands.send(new LinkJiraIssue(item.id(), key, settings.browseUrl(key), created));
        return key;
    }

    /** The transition to the status configured for {@code to}, or else to a status of its category. */
    private JiraClient.Transition choose(String key, List<JiraClient.Transition> transitions, ActionItemStatus to) {
        String name = settings.statuses().get(to);
        String category = JiraReconciliation.category(to);
        return transitions.stream().filter(t -> t.toStatus().equalsIgnoreCase(name)).findFirst()
                .or(() -> transitions.stream().filter(t -> category.equals(t.toCategory())).findFirst())
                .orElseThrow(() -> new JiraException("no transition of " + key + " leads to '" + name + "' (or a status "
                        + "of category " + category + "); transitions: " + transitions.stream()
                        .map(JiraClient.Transition::toStatus).toList(), 409, null, null));
    }

    /** A new issue: summary, description (ADF) with the link back and the incident, due date, priority, labels. */
    Map<String, Object> fields(ActionItemView item) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("project", Map.of("key", settings.projectKey()));
        fields.put("issuetype", Map.of("name", settings.issueType()));
        fields.put("summary", item.title());
        fields.put("description", description(item));
        fields.put("duedate", item.dueDate().toString());
        fields.put("priority", Map.of("name", settings.priorities().get(item.priority())));
        List<String> labels = new ArrayList<>(List.of(LABEL, label(item.id())));
        if (item.incidentKey() != null) {
            labels.add(item.incidentKey());
        }
        fields.put("labels", labels);
        String account = settings.accounts().get(item.owner().subject());
        if (account != null) {
            fields.put("assignee", Map.of("accountId", account));
        }
        return fields;
    }

    private Map<String, Object> description(ActionItemView item) {
        String link = settings.publicUrl().toString().replaceAll("/+$", "") + "/api/action-items/" + item.id();
        List<Object> content = new ArrayList<>();
        content.add(paragraph(text("Action item of the post-incident review of "),
                text(item.incidentKey() == null ? "an AI hazard" : "incident " + item.incidentKey()),
                text(", tracked in Vigil: "),
                Map.of("type", "text", "text", link, "marks", List.of(Map.of("type", "link",
                        "attrs", Map.of("href", link))))));
        if (item.description() != null && !item.description().isBlank()) {
            content.add(paragraph(text(item.description())));
        }
        content.add(paragraph(text("Owner: " + item.owner().name() + " (" + item.owner().subject() + "), team "
                + item.team() + ", type " + item.type() + ". Title, due date and status are kept in step with Vigil; "
                + "when the issue is done, the owner adds evidence in Vigil and the safety committee verifies it.")));
        return Map.of("type", "doc", "version", 1, "content", content);
    }

    private static Map<String, Object> paragraph(Object... content) {
        return Map.of("type", "paragraph", "content", List.of(content));
    }

    private static Map<String, Object> text(String text) {
        return Map.of("type", "text", "text", text);
    }
}
