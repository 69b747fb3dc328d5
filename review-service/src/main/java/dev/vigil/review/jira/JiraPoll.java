package dev.vigil.review.jira;

import dev.vigil.platform.scheduling.PersistentScheduler;
import dev.vigil.review.actionitems.ActionItemView;
import dev.vigil.review.actionitems.ActionItemViews;
import dev.vigil.review.events.JiraIssueState;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The fallback for missed webhooks: searches Jira (JQL) for Vigil's issues updated since the stored watermark, less
 * an overlap, and has each one whose state differs from what Vigil last agreed with it synced (re-read from Jira);
 * items whose change still waits to be pushed get their sync again too. The watermark moves only after a whole
 * search succeeded, so a poll during an outage is simply done again.
 */
@Component
class JiraPoll {

    static final DateTimeFormatter JQL_TIME = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm").withZone(ZoneOffset.UTC);

    private final JiraSettings settings;
    private final JiraSync sync;
    private final ActionItemViews items;
    private final JdbcClient jdbc;
    private final ObjectProvider<PersistentScheduler> scheduler;
    private final Clock clock;

    JiraPoll(JiraSettings settings, JiraSync sync, ActionItemViews items, JdbcClient jdbc,
             ObjectProvider<PersistentScheduler> scheduler, Clock clock) {
        this.settings = settings;
        this.sync = sync;
        this.items = items;
        this.jdbc = jdbc;
        this.scheduler = scheduler;
        this.clock = clock;
    }

    Optional<Instant> watermark() {
        return jdbc.sql("select at from jira_sync_watermark where name = 'poll'").query(Timestamp.class).optional()
                .map(Timestamp::toInstant);
    }

    /** @return how many issues were found changed */
    int run() {
        JiraClient client = sync.client().orElse(null);
        if (client == null) {
            return 0;
        }
        Instant started = clock.instant();
        // the first poll looks at every issue of Vigil's; later ones at those updated since the last, less the overlap
        Optional<Instant> since = watermark().map(w -> w.minus(settings.pollOverlap()));
        String jql = "project = \"" + settings.projectKey() + "\" AND labels = \"" + JiraSync.LABEL + "\""
                + since.map(s -> " AND updated >= \"" + JQL_TIME.format(s) + "\"").orElse("") + " ORDER BY updated ASC";
        int changed = 0;
        PersistentScheduler work = scheduler.getObject();
        for (JiraClient.Issue issue : client.search(jql)) {
            Optional<ActionItemView> item = JiraSync.itemOf(issue.labels()).flatMap(items::find)
                    .or(() -> items.byJiraIssue(issue.key()).flatMap(items::find));
            if (item.isEmpty() || item.get().jira() == null || agrees(item.get().jira(), issue)) {
                continue;
            }
            changed++;
            work.schedule(JiraWork.sync(item.get().id() + "@poll@" + started.toEpochMilli()), started);
        }
        for (UUID pending : items.inJiraState(ActionItemView.SyncState.PENDING)) {
            work.schedule(JiraWork.sync(pending.toString()), started);
        }
        jdbc.sql("insert into jira_sync_watermark (name, at) values ('poll', :at) "
                        + "on conflict (name) do update set at = excluded.at")
                .param("at", Timestamp.from(started)).update();
        return changed;
    }

    private static boolean agrees(ActionItemView.Jira jira, JiraClient.Issue issue) {
        JiraIssueState agreed = jira.agreed();
        return agreed != null && issue.key().equals(jira.issueKey()) && Objects.equals(agreed.summary(), issue.summary())
                && Objects.equals(agreed.dueDate(), issue.dueDate())
                && Objects.equals(agreed.statusCategory(), issue.statusCategory());
    }
}
