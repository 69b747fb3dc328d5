package dev.vigil.review;

import dev.vigil.platform.VigilApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Post-incident reviews, action items, Jira sync and committee reports. */
@SpringBootApplication
public class ReviewServiceApplication {

    public static final String CONFIG = VigilApplication.CONFIG_NAME + "review-service";

    public static void main(String[] args) {
        VigilApplication.builder(ReviewServiceApplication.class, CONFIG).run(args);
    }
}
