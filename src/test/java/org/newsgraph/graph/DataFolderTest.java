package org.newsgraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFolderTest {
    @TempDir
    Path work;

    @Test
    void aJarInTheTargetFolderOfAMavenProjectBelongsToThatProject() throws Exception {
        Path project = Files.createDirectories(work.resolve("newsgraph"));
        Files.writeString(project.resolve("pom.xml"), "<project/>");
        Path jar = Files.createDirectories(project.resolve("target/quarkus-app")).resolve("quarkus-run.jar");
        assertEquals(Optional.of(project), DataFolder.projectOf(jar));
        assertEquals(Optional.of(project), DataFolder.projectOf(project.resolve("target/postgres/quarkus-app/quarkus-run.jar")));
    }

    @Test
    void aJarElsewhereBelongsToNoProject() throws Exception {
        Path deployments = Files.createDirectories(work.resolve("deployments"));
        assertEquals(Optional.empty(), DataFolder.projectOf(deployments.resolve("quarkus-run.jar")));
        Path target = Files.createDirectories(work.resolve("other/target"));
        assertEquals(Optional.empty(), DataFolder.projectOf(target.resolve("app.jar")), "a target folder without pom.xml beside it");
    }
}
