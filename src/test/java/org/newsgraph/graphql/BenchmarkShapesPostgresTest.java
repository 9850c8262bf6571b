package org.newsgraph.graphql;

import org.junit.jupiter.api.condition.EnabledIf;
import org.newsgraph.support.PostgresProfile;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The benchmark shapes, their statements and rows, on PostgreSQL. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
@EnabledIf("org.newsgraph.support.PostgresProfile#reachable")
class BenchmarkShapesPostgresTest extends BenchmarkShapesTest {
}
