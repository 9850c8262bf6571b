package org.newsgraph.durability;

import java.nio.file.Path;
import java.util.Map;

/** The scenario on the embedded H2 file database, in a directory of its own. */
class KillAndRestartH2IT extends KillAndRestartScenario {
    @Override
    Path jar() {
        return Path.of("target/quarkus-app/quarkus-run.jar");
    }

    @Override
    Map<String, String> properties() {
        return Map.of("newsgraph.data-dir", work.resolve("data").toString());
    }

    @Override
    Map<String, String> environment() {
        return Map.of();
    }

    @Override
    void emptyDatabase() {
        // a new directory holds no database yet
    }

    @Override
    String databaseName() {
        return "H2";
    }
}
