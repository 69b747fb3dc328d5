package dev.vigil.platform.test;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Wires {@link VigilTest} classes to the shared servers, each class with a database and topics of its own. */
class VigilTestContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
                                                     List<ContextConfigurationAttributes> configAttributes) {
        return TestContextAnnotationUtils.hasAnnotation(testClass, VigilTest.class)
                ? new Customizer(testClass.getName())
                : null;
    }

    /** Keyed on the test class: each class gets its own context, database and topics. */
    private record Customizer(String testClass) implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            TestInfrastructure infrastructure = TestInfrastructure.get();
            String simpleName = testClass.substring(testClass.lastIndexOf('.') + 1);
            Database database = infrastructure.newDatabase(simpleName);
            String prefix = database.name() + ".";
            List<String> properties = new ArrayList<>(List.of(
                    "spring.datasource.url=" + database.url(),
                    "spring.datasource.username=" + database.username(),
                    "spring.datasource.password=" + database.password(),
                    "spring.datasource.hikari.maximum-pool-size=5",
                    "spring.kafka.bootstrap-servers=" + infrastructure.kafkaBootstrapServers(),
                    "vigil.kafka.topic-prefix=" + prefix,
                    "vigil.kafka.consumer-group-prefix=" + prefix));
            properties.addAll(TestUsers.asProperties());
            TestPropertyValues.of(properties).applyTo(context);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Customizer other && Objects.equals(testClass, other.testClass);
        }

        @Override
        public int hashCode() {
            return testClass.hashCode();
        }
    }
}
