package dev.vigil.review.security;

import dev.vigil.platform.security.Role;
import dev.vigil.platform.test.PermissionMatrixContract;
import dev.vigil.review.ReviewServiceApplication;
import org.springframework.boot.test.context.SpringBootTest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.vigil.platform.security.Role.ADMIN;
import static dev.vigil.platform.security.Role.COMMITTEE;
import static dev.vigil.platform.security.Role.INCIDENT_COMMANDER;
import static dev.vigil.platform.security.Role.POLICY_OWNER;
import static dev.vigil.platform.security.Role.RESPONDER;
import static dev.vigil.platform.security.Role.REVIEWER;

/** review-service: every endpoint as every role, against the README's table. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = ReviewServiceApplication.CONFIG)
class ReviewPermissionMatrixTest extends PermissionMatrixContract {

    static final Set<Role> WRITERS = Role.of(REVIEWER, COMMITTEE, ADMIN);
    static final Set<Role> DECIDERS = Role.of(COMMITTEE);
    static final Set<Role> WORKERS = Role.of(RESPONDER, INCIDENT_COMMANDER, REVIEWER, COMMITTEE, POLICY_OWNER, ADMIN);
    static final Set<Role> REPORT_READERS = Role.of(COMMITTEE, Role.COMPLIANCE, Role.AUDITOR, ADMIN);
    static final String REVIEW = "/api/reviews/5e0c0e00-0000-4000-8000-000000000001";
    static final String ITEM = "/api/action-items/5e0c0e00-0000-4000-8000-000000000002";
    static final String OTHER = "/5e0c0e00-0000-4000-8000-000000000003";

    @Override
    protected List<Row> expectedTable() {
        List<Row> rows = new ArrayList<>(commonRows());
        rows.addAll(List.of(
                new Row("list reviews", "GET", "/api/reviews", "/api/reviews", null, Role.all()),
                new Row("read review", "GET", "/api/reviews/*", REVIEW, null, Role.all()),
                new Row("export review", "GET", "/api/reviews/*/export", REVIEW + "/export?format=md", null, Role.all()),
                new Row("open review", "POST", "/api/reviews", "/api/reviews", Map.of(), WRITERS),
                new Row("refresh review from incident", "POST", "/api/reviews/*/refresh", REVIEW + "/refresh", Map.of(),
                        WRITERS),
                new Row("write review section", "PUT", "/api/reviews/*/sections/*", REVIEW + "/sections/summary",
                        Map.of(), WRITERS),
                new Row("add contributing factor", "POST", "/api/reviews/*/factors", REVIEW + "/factors", Map.of(), WRITERS),
                new Row("withdraw contributing factor", "POST", "/api/reviews/*/factors/*/withdrawal",
                        REVIEW + "/factors" + OTHER + "/withdrawal", Map.of(), WRITERS),
                new Row("comment on review", "POST", "/api/reviews/*/comments", REVIEW + "/comments", Map.of(), WRITERS),
                new Row("resolve comment", "POST", "/api/reviews/*/comments/*/resolution",
                        REVIEW + "/comments" + OTHER + "/resolution", Map.of(), WRITERS),
                new Row("acknowledge finding", "POST", "/api/reviews/*/findings/*/acknowledgement",
                        REVIEW + "/findings" + OTHER + "/acknowledgement", Map.of(), WRITERS),
                new Row("submit review", "POST", "/api/reviews/*/submit", REVIEW + "/submit", Map.of(), WRITERS),
                new Row("request changes", "POST", "/api/reviews/*/request-changes", REVIEW + "/request-changes", Map.of(),
                        DECIDERS),
                new Row("approve review", "POST", "/api/reviews/*/approve", REVIEW + "/approve", Map.of(), DECIDERS),
                new Row("publish review", "POST", "/api/reviews/*/publish", REVIEW + "/publish", Map.of(), WRITERS),
                new Row("add action item", "POST", "/api/reviews/*/action-items", REVIEW + "/action-items", Map.of(),
                        WRITERS),
                new Row("list action items", "GET", "/api/action-items", "/api/action-items", null, Role.all()),
                new Row("read action item", "GET", "/api/action-items/*", ITEM, null, Role.all()),
                new Row("change action item status", "POST", "/api/action-items/*/status", ITEM + "/status", Map.of(),
                        WORKERS),
                new Row("add evidence", "POST", "/api/action-items/*/evidence", ITEM + "/evidence", Map.of(), WORKERS),
                new Row("move due date", "POST", "/api/action-items/*/due-date", ITEM + "/due-date", Map.of(), WORKERS),
                new Row("read API description", "GET", "/v3/api-docs", "/v3/api-docs", null, Role.all()),
                new Row("resync action item with Jira", "POST", "/api/action-items/*/jira/resync", ITEM + "/jira/resync",
                        Map.of(), Role.of(ADMIN)),
                new Row("read Jira sync", "GET", "/api/integrations/jira", "/api/integrations/jira", null, WRITERS),
                new Row("read committee report", "GET", "/api/reports/committee",
                        "/api/reports/committee?from=2026-10-01&to=2026-11-01", null, REPORT_READERS),
                new Row("read report schedule", "GET", "/api/reports/committee/schedule",
                        "/api/reports/committee/schedule", null, REPORT_READERS),
                new Row("set report schedule", "PUT", "/api/reports/committee/schedule",
                        "/api/reports/committee/schedule", Map.of(), Role.of(COMMITTEE)),
                new Row("list report packs", "GET", "/api/reports/committee/packs", "/api/reports/committee/packs", null,
                        REPORT_READERS),
                new Row("download report pack", "GET", "/api/reports/committee/packs/*",
                        "/api/reports/committee/packs" + OTHER, null, REPORT_READERS),
                new Row("rebuild report facts", "POST", "/api/reports/committee/facts/rebuild",
                        "/api/reports/committee/facts/rebuild", null, Role.of(ADMIN)),
                new Row("verify action item", "POST", "/api/action-items/*/verification", ITEM + "/verification",
                        Map.of(), DECIDERS)));
        return rows;
    }
}
