package dev.vigil.incident.security;

import dev.vigil.incident.IncidentServiceApplication;
import dev.vigil.incident.api.IncidentDeclarationApiTest;
import dev.vigil.platform.security.Role;
import dev.vigil.platform.test.PermissionMatrixContract;
import org.springframework.boot.test.context.SpringBootTest;

import java.util.ArrayList;
import java.util.List;

/** incident-service: every endpoint as every role, against the README's table. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = IncidentServiceApplication.CONFIG)
class IncidentPermissionMatrixTest extends PermissionMatrixContract {

    @Override
    protected List<Row> expectedTable() {
        List<Row> rows = new ArrayList<>(commonRows());
        rows.add(new Row("declare incident", "POST", "/api/incidents", "/api/incidents",
                IncidentDeclarationApiTest.declaration(), Role.of(Role.RESPONDER, Role.INCIDENT_COMMANDER, Role.ADMIN)));
        return rows;
    }
}
