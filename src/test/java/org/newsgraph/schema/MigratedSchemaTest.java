package org.newsgraph.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Flyway owns the schema and production starts do not have Hibernate check it (start-up time). The check is done
 * here instead: every test start (this class on H2, the PostgresProfile classes on PostgreSQL, all in the test
 * profile) migrates an empty database and has Hibernate validate the result against the entities, so a migration
 * that does not match them fails the application start and with it the build.
 */
@QuarkusTest
class MigratedSchemaTest {
    @Test
    void hibernateValidatesTheMigratedSchemaAtEveryTestStart() {
        // Getting here means the application started: the validation passed.
        assertEquals("validate", ConfigProvider.getConfig()
                .getValue("quarkus.hibernate-orm.schema-management.strategy", String.class));
        assertEquals("true", ConfigProvider.getConfig().getValue("quarkus.flyway.migrate-at-start", String.class));
    }
}
