package dev.vigil.notification.security;

import dev.vigil.notification.NotificationServiceApplication;
import dev.vigil.platform.security.Role;
import dev.vigil.platform.test.PermissionMatrixContract;
import org.springframework.boot.test.context.SpringBootTest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.vigil.platform.security.Role.ADMIN;
import static dev.vigil.platform.security.Role.AUDITOR;
import static dev.vigil.platform.security.Role.COMMITTEE;
import static dev.vigil.platform.security.Role.COMPLIANCE;
import static dev.vigil.platform.security.Role.INCIDENT_COMMANDER;

/** notification-service: every endpoint as every role, against the README's table. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = NotificationServiceApplication.CONFIG)
class NotificationPermissionMatrixTest extends PermissionMatrixContract {

    static final Set<Role> KEEPERS = Role.of(COMPLIANCE);
    static final Set<Role> PROFILE_READERS = Role.of(COMPLIANCE, COMMITTEE, AUDITOR, ADMIN);
    static final Set<Role> READERS = Role.of(COMPLIANCE, COMMITTEE, AUDITOR, ADMIN, INCIDENT_COMMANDER);
    static final String INCIDENT = "/api/incidents/INC-1999-0001";
    static final Set<Role> NOTIFICATION_READERS = Role.of(COMPLIANCE, COMMITTEE, AUDITOR);
    static final String OBLIGATION = "/api/obligations/5e0c0e00-0000-4000-8000-000000000001";
    static final String DRAFT = "/api/drafts/5e0c0e00-0000-4000-8000-000000000002";

    @Override
    protected List<Row> expectedTable() {
        List<Row> rows = new ArrayList<>(commonRows());
        rows.addAll(List.of(
                new Row("read organisation profile", "GET", "/api/org-profile", "/api/org-profile", null, PROFILE_READERS),
                new Row("record organisation profile", "PUT", "/api/org-profile", "/api/org-profile", Map.of(), KEEPERS),
                new Row("read regimes", "GET", "/api/regimes", "/api/regimes", null, Role.all()),
                new Row("read determinations", "GET", "/api/incidents/*/determinations", INCIDENT + "/determinations",
                        null, READERS),
                new Row("record determinations", "POST", "/api/incidents/*/determinations", INCIDENT + "/determinations",
                        Map.of(), KEEPERS),
                new Row("read obligations", "GET", "/api/obligations", "/api/obligations", null, READERS),
                new Row("read incident obligations", "GET", "/api/incidents/*/obligations", INCIDENT + "/obligations",
                        null, READERS),
                new Row("mark obligation not applicable", "POST", "/api/obligations/*/not-applicable",
                        OBLIGATION + "/not-applicable", Map.of(), KEEPERS),
                new Row("draft notification", "POST", "/api/obligations/*/stages/*/drafts",
                        OBLIGATION + "/stages/report/drafts", Map.of(), KEEPERS),
                new Row("read notification draft", "GET", "/api/drafts/*", DRAFT, null, NOTIFICATION_READERS),
                new Row("edit notification draft", "PUT", "/api/drafts/*", DRAFT, Map.of(), KEEPERS),
                new Row("export notification draft", "GET", "/api/drafts/*/export", DRAFT + "/export?format=pdf", null,
                        NOTIFICATION_READERS),
                new Row("approve notification", "POST", "/api/drafts/*/approval", DRAFT + "/approval", Map.of(), KEEPERS),
                new Row("record submission", "POST", "/api/drafts/*/submission", DRAFT + "/submission", Map.of(),
                        KEEPERS),
                new Row("record acknowledgement", "POST", "/api/drafts/*/acknowledgement", DRAFT + "/acknowledgement",
                        Map.of(), KEEPERS),
                new Row("read API description", "GET", "/v3/api-docs", "/v3/api-docs", null, Role.all())));
        return rows;
    }
}
