package dev.vigil.review.incidents;

import dev.vigil.review.ReviewServiceApplication;
import dev.vigil.platform.test.KnownIncidentsContract;
import org.springframework.boot.test.context.SpringBootTest;

/** The review service keeps the incidents it learns of from the incident topic. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = ReviewServiceApplication.CONFIG)
class ReviewKnownIncidentsTest extends KnownIncidentsContract {
}
