package dev.vigil.review.security;

import dev.vigil.review.ReviewServiceApplication;
import dev.vigil.platform.test.PermissionMatrixContract;
import org.springframework.boot.test.context.SpringBootTest;

import java.util.List;

/** review-service: every endpoint as every role, against the README's table. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = ReviewServiceApplication.CONFIG)
class ReviewPermissionMatrixTest extends PermissionMatrixContract {

    @Override
    protected List<Row> expectedTable() {
        return commonRows();
    }
}
