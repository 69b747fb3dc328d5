package dev.vigil.review.jira;

import dev.vigil.contracts.review.ActionItemPriority;
import dev.vigil.contracts.review.ActionItemStatus;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.net.URI;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * The Jira Cloud sync of action items ({@code vigil.jira.*}, e.g. {@code VIGIL_JIRA_SITE_URL}): off unless the site,
 * project, account email and API token are all set.
 *
 * @param siteUrl       e.g. {@code https://example.atlassian.net}
 * @param projectKey    the project new issues go to, e.g. {@code SAFE}
 * @param issueType     the issue type's name (default {@code Task})
 * @param email         the Atlassian account the API token belongs to
 * @param apiToken      its API token (never shown)
 * @param webhookSecret the secret in the webhook URL registered in Jira; without it the webhook receiver is off
 *                      (the poll still catches Jira's changes up)
 * @param publicUrl     where Vigil's review-service is reached, for the link back in each issue
 * @param priorities    Jira priority name per Vigil priority (default Highest, High, Medium, Low, Lowest)
 * @param statuses      the Jira status to move an issue to per Vigil status (default To Do, In Progress, Done; VERIFIED
 *                      and WONT_DO: Done); a transition to a status of the same category is taken when none has the name
 * @param accounts      Jira account id per owner subject, to assign issues (unmapped owners: unassigned)
 * @param pollInterval  how often Jira is searched for changes a webhook may have missed (default 5 minutes)
 * @param pollOverlap   how far before the last poll each search starts (default 1 day: JQL compares minutes in the
 *                      Jira user's time zone)
 * @param timeout       connect and read timeout of each call (default 10 s)
 * @param retryBase     the first retry's delay after a failure; each further one doubles it (default 30 s)
 * @param retryMax      the longest delay between retries (default 1 hour)
 */
@ConfigurationProperties("vigil.jira")
public record JiraSettings(URI siteUrl, String projectKey, String issueType, String email, String apiToken,
                           String webhookSecret, URI publicUrl, Map<ActionItemPriority, String> priorities,
                           Map<ActionItemStatus, String> statuses, Map<String, String> accounts, Duration pollInterval,
                           Duration pollOverlap, Duration timeout, Duration retryBase, Duration retryMax) {

    public JiraSettings {
        issueType = blank(issueType) ? "Task" : issueType.strip();
        publicUrl = publicUrl == null ? URI.create("http://localhost:8082") : publicUrl;
        Map<ActionItemPriority, String> p = new EnumMap<>(Map.of(ActionItemPriority.HIGHEST, "Highest",
                ActionItemPriority.HIGH, "High", ActionItemPriority.MEDIUM, "Medium", ActionItemPriority.LOW, "Low",
                ActionItemPriority.LOWEST, "Lowest"));
        if (priorities != null) {
            p.putAll(priorities);
        }
        priorities = Map.copyOf(p);
        Map<ActionItemStatus, String> s = new EnumMap<>(Map.of(ActionItemStatus.OPEN, "To Do",
                ActionItemStatus.IN_PROGRESS, "In Progress", ActionItemStatus.DONE, "Done", ActionItemStatus.VERIFIED,
                "Done", ActionItemStatus.WONT_DO, "Done"));
        if (statuses != null) {
            s.putAll(statuses);
        }
        statuses = Map.copyOf(s);
        accounts = accounts == null ? Map.of() : Map.copyOf(accounts);
        pollInterval = pollInterval == null ? Duration.ofMinutes(5) : pollInterval;
        pollOverlap = pollOverlap == null ? Duration.ofDays(1) : pollOverlap;
        timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
        retryBase = retryBase == null ? Duration.ofSeconds(30) : retryBase;
        retryMax = retryMax == null ? Duration.ofHours(1) : retryMax;
    }

    public boolean enabled() {
        return siteUrl != null && !blank(projectKey) && !blank(email) && !blank(apiToken);
    }

    public boolean webhookEnabled() {
        return enabled() && !blank(webhookSecret);
    }

    /** The issue's page in Jira. */
    public String browseUrl(String issueKey) {
        return siteUrl.toString().replaceAll("/+$", "") + "/browse/" + issueKey;
    }

    /** The delay before retry number {@code failures} (1 for the first): doubling from the base, capped. */
    public Duration backoff(int failures) {
        Duration delay = retryBase;
        for (int i = 1; i < failures && delay.compareTo(retryMax) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(retryMax) > 0 ? retryMax : delay;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
