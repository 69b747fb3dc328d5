package dev.vigil.platform.test;

import dev.vigil.platform.security.AccessRules;
import dev.vigil.platform.security.Role;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks every endpoint of a service as every role and checks the permission table: a role in the
 * row gets past authorisation, every other role gets 403. The expected table is the README's,
 * written out by the service's test; it must also be exactly the table the code enforces.
 */
@VigilTest
public abstract class PermissionMatrixContract {

    @LocalServerPort
    protected int port;
    @Autowired
    protected AccessRules rules;

    /** One row of the README's table, with a request that exercises it. */
    public record Row(String permission, String method, String path, String exercisePath, Object body,
                         Set<Role> allowed) {
    }

    /** The README's table for this service. */
    protected abstract List<Row> expectedTable();

    @Test
    void the_enforced_table_is_the_documented_table() {
        Comparator<String> order = Comparator.naturalOrder();
        List<String> enforced = rules.routes().stream()
                .map(r -> r.method().name() + " " + r.pattern() + " " + sorted(r.roles()))
                .sorted(order).toList();
        List<String> documented = expectedTable().stream()
                .map(r -> r.method() + " " + r.path() + " " + sorted(r.allowed()))
                .sorted(order).toList();
        assertThat(enforced).containsExactlyElementsOf(documented);
    }

    @TestFactory
    Stream<DynamicTest> every_endpoint_as_every_role() {
        return expectedTable().stream().flatMap(row -> TestUsers.ROLES.entrySet().stream().map(user -> {
            Role role = Role.valueOf(user.getValue());
            boolean allowed = row.allowed().contains(role);
            return DynamicTest.dynamicTest(row.method() + " " + row.path() + " as " + role + " -> "
                    + (allowed ? "allowed" : "403"), () -> {
                var response = ApiClient.as(user.getKey(), port).send(row.method(), row.exercisePath(), row.body());
                if (allowed) {
                    assertThat(response.status()).as(response.toString()).isNotIn(401, 403);
                } else {
                    assertThat(response.status()).as(response.toString()).isEqualTo(403);
                    assertThat(response.contentType()).startsWith("application/problem+json");
                }
            });
        }));
    }

    @Test
    void a_route_missing_from_the_table_is_open_to_no_one() {
        for (String user : TestUsers.ROLES.keySet()) {
            assertThat(ApiClient.as(user, port).get("/api/not-a-route").status()).isEqualTo(403);
            assertThat(ApiClient.as(user, port).send("DELETE", "/api/incidents", null).status()).isEqualTo(403);
        }
        assertThat(ApiClient.anonymous(port).get("/api/not-a-route").status()).isEqualTo(401);
    }

    private static List<String> sorted(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().toList();
    }

    /** Rows every service has: reading the incidents it knows, the audit log and the metrics. */
    protected static List<Row> commonRows() {
        return List.of(
                new Row("list incidents", "GET", "/api/incidents", "/api/incidents", null, Role.all()),
                new Row("read incident", "GET", "/api/incidents/*", "/api/incidents/INC-1999-0001", null, Role.all()),
                new Row("read audit log", "GET", "/api/audit", "/api/audit", null, Role.of(Role.AUDITOR, Role.ADMIN)),
                new Row("read metrics", "GET", "/actuator/prometheus", "/actuator/prometheus", null, Role.of(Role.ADMIN)),
                new Row("list unprocessable events", "GET", "/api/operations/unprocessable-events",
                        "/api/operations/unprocessable-events", null, Role.of(Role.ADMIN)),
                new Row("replay unprocessable event", "POST", "/api/operations/unprocessable-events/*/*/*/*/replay",
                        "/api/operations/unprocessable-events/none/vigil.incident.events/0/0/replay", null,
                        Role.of(Role.ADMIN)));
    }

}
