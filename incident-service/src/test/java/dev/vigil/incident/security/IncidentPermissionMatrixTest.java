package dev.vigil.incident.security;

import dev.vigil.incident.IncidentServiceApplication;
import dev.vigil.incident.api.IncidentDeclarationApiTest;
import dev.vigil.platform.security.Role;
import dev.vigil.platform.test.PermissionMatrixContract;
import org.springframework.boot.test.context.SpringBootTest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.vigil.platform.security.Role.ADMIN;
import static dev.vigil.platform.security.Role.INCIDENT_COMMANDER;
import static dev.vigil.platform.security.Role.RESPONDER;

/**
 * incident-service: every endpoint as every role, against the README's table. Commands are
 * exercised on an unknown incident: an allowed role gets past authorisation to a 404.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = IncidentServiceApplication.CONFIG)
class IncidentPermissionMatrixTest extends PermissionMatrixContract {

    static final String UNKNOWN = "/api/incidents/INC-1999-0001";
    static final Set<Role> RUNNERS = Role.of(INCIDENT_COMMANDER, ADMIN);

    @Override
    protected List<Row> expectedTable() {
        List<Row> rows = new ArrayList<>(commonRows());
        rows.add(new Row("declare incident", "POST", "/api/incidents", "/api/incidents",
                IncidentDeclarationApiTest.declaration(), Role.of(RESPONDER, INCIDENT_COMMANDER, ADMIN)));
        rows.add(new Row("read timeline", "GET", "/api/incidents/*/timeline", UNKNOWN + "/timeline", null, Role.all()));
        rows.add(new Row("follow timeline", "GET", "/api/incidents/*/timeline/stream", UNKNOWN + "/timeline/stream",
                null, Role.all()));
        for (String command : List.of("severity", "status", "commander", "roles", "participants", "impact",
                "decisions", "updates")) {
            rows.add(new Row("run incident: " + command, "POST", "/api/incidents/*/" + command,
                    UNKNOWN + "/" + command, Map.of(), RUNNERS));
        }
        rows.add(new Row("remove participant", "DELETE", "/api/incidents/*/participants/*",
                UNKNOWN + "/participants/rita", null, RUNNERS));
        rows.add(new Row("add timeline note", "POST", "/api/incidents/*/notes", UNKNOWN + "/notes",
                Map.of("text", "x"), Role.of(RESPONDER, INCIDENT_COMMANDER, ADMIN)));
        rows.add(new Row("read API description", "GET", "/v3/api-docs", "/v3/api-docs", null, Role.all()));
        return rows;
    }
}
