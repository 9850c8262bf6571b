package org.newsgraph.web;

import org.junit.jupiter.api.condition.EnabledIf;
import org.newsgraph.support.PostgresProfile;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The workbench's pages, their statements, errors, exports and sign-in, on PostgreSQL. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
@EnabledIf("org.newsgraph.support.PostgresProfile#reachable")
class WorkbenchPagesPostgresIT extends WorkbenchPagesTest {
}
