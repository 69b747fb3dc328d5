package dev.vigil.policy.incidents;

import dev.vigil.policy.PolicyServiceApplication;
import dev.vigil.platform.test.KnownIncidentsContract;
import org.springframework.boot.test.context.SpringBootTest;

/** The policy service keeps the incidents it learns of from the incident topic. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = PolicyServiceApplication.CONFIG)
class PolicyKnownIncidentsTest extends KnownIncidentsContract {
}
