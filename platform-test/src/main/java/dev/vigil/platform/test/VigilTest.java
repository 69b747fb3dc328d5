package dev.vigil.platform.test;

import org.springframework.test.context.ActiveProfiles;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Gives a Spring Boot test a real PostgreSQL database and real Kafka topics of its own: the test
 * class gets a new database, topic and consumer-group prefix, the {@code test} profile and the
 * {@link TestUsers}, so no two
 * test classes can see each other's data. The servers start once per test JVM.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ActiveProfiles("test")
public @interface VigilTest {
}
