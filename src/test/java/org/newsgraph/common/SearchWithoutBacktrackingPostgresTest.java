package org.newsgraph.common;

import org.junit.jupiter.api.condition.EnabledIf;
import org.newsgraph.support.PostgresProfile;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The same searches on PostgreSQL, whose LIKE does not backtrack: it keeps the pattern. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
@EnabledIf("org.newsgraph.support.PostgresProfile#reachable")
class SearchWithoutBacktrackingPostgresTest extends SearchWithoutBacktrackingTest {
}
