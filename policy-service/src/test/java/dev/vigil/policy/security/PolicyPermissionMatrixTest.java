package dev.vigil.policy.security;

import dev.vigil.policy.PolicyServiceApplication;
import dev.vigil.platform.test.PermissionMatrixContract;
import org.springframework.boot.test.context.SpringBootTest;

import java.util.List;

/** policy-service: every endpoint as every role, against the README's table. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = PolicyServiceApplication.CONFIG)
class PolicyPermissionMatrixTest extends PermissionMatrixContract {

    @Override
    protected List<Row> expectedTable() {
        return commonRows();
    }
}
