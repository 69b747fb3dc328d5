package dev.vigil.platform.test;

/** A PostgreSQL database of a test's own, on the shared test server. */
public record Database(String name, String url, String username, String password) {
}
