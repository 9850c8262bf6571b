package org.newsgraph.graphql;

import org.junit.jupiter.api.condition.EnabledIf;
import org.newsgraph.support.PostgresProfile;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The merge decisions of event reports on PostgreSQL (the V5 columns, the candidates' order by distance in days). */
@QuarkusTest
@TestProfile(PostgresProfile.class)
@EnabledIf("org.newsgraph.support.PostgresProfile#reachable")
class EventMentionsPostgresTest extends EventMentionsTest {
}
