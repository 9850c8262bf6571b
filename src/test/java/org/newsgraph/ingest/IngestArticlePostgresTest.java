package org.newsgraph.ingest;

import org.junit.jupiter.api.condition.EnabledIf;
import org.newsgraph.support.PostgresProfile;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The ingestion tests on PostgreSQL. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
@EnabledIf("org.newsgraph.support.PostgresProfile#reachable")
class IngestArticlePostgresTest extends IngestArticleTest {
}
