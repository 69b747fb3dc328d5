package dev.vigil.review;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Post-incident reviews, action items, Jira sync and committee reports. */
@SpringBootApplication
public class ReviewServiceApplication {

    /** Each service reads its own config file, so that all four can share one JVM in the dev stack. */
    public static final String CONFIG = "spring.config.name=review-service";

    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(ReviewServiceApplication.class).properties(CONFIG);
    }

    public static void main(String[] args) {
        builder().run(args);
    }
}
