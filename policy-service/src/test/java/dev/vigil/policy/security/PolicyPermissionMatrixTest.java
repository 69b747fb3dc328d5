package dev.vigil.policy.security;

import dev.vigil.platform.security.Role;
import dev.vigil.platform.test.PermissionMatrixContract;
import dev.vigil.policy.PolicyServiceApplication;
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

/** policy-service: every endpoint as every role, against the README's table. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = PolicyServiceApplication.CONFIG)
class PolicyPermissionMatrixTest extends PermissionMatrixContract {

    static final Set<Role> KEEPERS = Role.of(POLICY_OWNER, ADMIN);
    static final Set<Role> REQUESTERS = Role.of(RESPONDER, INCIDENT_COMMANDER, REVIEWER, POLICY_OWNER, ADMIN);
    static final Set<Role> DECIDERS = Role.of(POLICY_OWNER, COMMITTEE);
    static final String EXC = "/api/exceptions/5e0c0e00-0000-4000-8000-000000000001";
    static final String POLICY = "/api/policies/5e0c0e00-0000-4000-8000-000000000002";

    @Override
    protected List<Row> expectedTable() {
        List<Row> rows = new ArrayList<>(commonRows());
        rows.addAll(List.of(
                new Row("read inventory", "GET", "/api/systems", "/api/systems", null, Role.all()),
                new Row("read AI system", "GET", "/api/systems/*", "/api/systems/nope", null, Role.all()),
                new Row("register AI system", "POST", "/api/systems", "/api/systems", Map.of(), KEEPERS),
                new Row("change AI system", "PUT", "/api/systems/*", "/api/systems/nope", Map.of(), KEEPERS),
                new Row("read policies", "GET", "/api/policies", "/api/policies", null, Role.all()),
                new Row("read policy", "GET", "/api/policies/*", POLICY, null, Role.all()),
                new Row("create policy", "POST", "/api/policies", "/api/policies", Map.of(), KEEPERS),
                new Row("draft policy version", "POST", "/api/policies/*/versions", POLICY + "/versions", Map.of(), KEEPERS),
                new Row("publish policy version", "POST", "/api/policies/*/versions/*/publish", POLICY + "/versions/1/publish",
                        Map.of(), KEEPERS),
                new Row("read controls", "GET", "/api/controls", "/api/controls", null, Role.all()),
                new Row("read control", "GET", "/api/controls/*", "/api/controls/CTL-XX-01", null, Role.all()),
                new Row("define control", "POST", "/api/controls", "/api/controls", Map.of(), KEEPERS),
                new Row("revise control", "PUT", "/api/controls/*", "/api/controls/CTL-XX-01", Map.of(), KEEPERS),
                new Row("export exception register", "GET", "/api/exceptions/register", "/api/exceptions/register?format=csv",
                        null, Role.all()),
                new Row("read exceptions", "GET", "/api/exceptions", "/api/exceptions", null, Role.all()),
                new Row("read exception", "GET", "/api/exceptions/*", EXC, null, Role.all()),
                new Row("request exception", "POST", "/api/exceptions", "/api/exceptions", Map.of(), REQUESTERS),
                new Row("approve exception", "POST", "/api/exceptions/*/approvals", EXC + "/approvals", Map.of(), DECIDERS),
                new Row("reject exception", "POST", "/api/exceptions/*/rejection", EXC + "/rejection", Map.of(), DECIDERS),
                new Row("revoke exception", "POST", "/api/exceptions/*/revocation", EXC + "/revocation", Map.of(), DECIDERS),
                new Row("renew exception", "POST", "/api/exceptions/*/renewal", EXC + "/renewal", Map.of(), REQUESTERS),
                new Row("read API description", "GET", "/v3/api-docs", "/v3/api-docs", null, Role.all())));
        return rows;
    }
}
