package org.newsgraph.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Runs a test class against the PostgreSQL server on 127.0.0.1:5432 (database test), in a schema of its own that
 * Flyway cleans and migrates at start ({@code newsgraph_test}, or {@code $PG_TEST_SCHEMA} so that two checkouts can
 * run their suites at the same time). Test classes using it are skipped when that server is not reachable.
 */
public class PostgresProfile implements QuarkusTestProfile {
    public static final String HOST = "127.0.0.1";
    public static final int PORT = 5432;
    public static final String SCHEMA = System.getenv().getOrDefault("PG_TEST_SCHEMA", "newsgraph_test");

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.datasource.db-kind", "postgresql",
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://" + HOST + ":" + PORT + "/test?currentSchema=" + SCHEMA,
                "quarkus.datasource.username", System.getenv().getOrDefault("PG_TEST_USER", "postgres"),
                "quarkus.datasource.password", "",
                "quarkus.flyway.schemas", SCHEMA,
                "quarkus.flyway.clean-disabled", "false",
                "quarkus.flyway.clean-at-start", "true");
    }

    @Override
    public String getConfigProfile() {
        return "test";
    }

    /** For {@code @EnabledIf}: is the PostgreSQL server reachable? */
    public static boolean reachable() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(HOST, PORT), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
