package dev.vigil.review.api;

import dev.vigil.review.ReviewServiceApplication;
import dev.vigil.platform.test.OpenApiContract;
import org.springframework.boot.test.context.SpringBootTest;

/** review-service's OpenAPI document, and its answers to requests refused before any controller. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = ReviewServiceApplication.CONFIG)
class ReviewApiDocumentTest extends OpenApiContract {

    @Override
    protected String serviceName() {
        return "review-service";
    }
}
