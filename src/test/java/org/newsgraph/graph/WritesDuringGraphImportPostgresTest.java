package org.newsgraph.graph;

import org.junit.jupiter.api.condition.EnabledIf;
import org.newsgraph.support.PostgresProfile;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The same on PostgreSQL, which would let a writer wait for the import to end. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
@EnabledIf("org.newsgraph.support.PostgresProfile#reachable")
class WritesDuringGraphImportPostgresTest extends WritesDuringGraphImportTest {
}
