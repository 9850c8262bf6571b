package org.newsgraph.graphql;

import org.newsgraph.packaged.PackagedJarConfig;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The contract check against the packaged application rather than in-process. */
@QuarkusIntegrationTest
@WithTestResource(PackagedJarConfig.class)
class PackagedContractSchemaIT extends ContractSchemaTest {
}
