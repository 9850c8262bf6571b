package org.newsgraph.graph;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the embedded database lives when nothing says otherwise: the {@code data} folder of the project the jar was
 * built in, whatever folder the jar is started from. Without this, {@code ./data} meant a different database for
 * {@code java -jar target/quarkus-app/quarkus-run.jar} and for a start from {@code target/quarkus-app} (one under
 * {@code target/}, which {@code mvn clean} deletes). A jar outside a Maven project's {@code target/} (a container's
 * {@code /deployments}, a copy) keeps {@code ./data} of the working directory.
 */
final class DataFolder {
    static final String PROPERTY = "newsgraph.data-dir";
    static final String VARIABLE = "NEWSGRAPH_DATA_DIR";

    private DataFolder() {
    }

    /**
     * Sets {@value #PROPERTY} to the project's data folder unless a system property or {@value #VARIABLE} already
     * gives one (both outrank application.properties, where the default {@code ./data} stays for other launches).
     */
    static void defaultToProjectOfJar() {
        if (System.getProperty(PROPERTY) != null || System.getenv(VARIABLE) != null) {
            return;
        }
        // java -jar puts exactly the jar on the class path
        String classPath = System.getProperty("java.class.path", "");
        if (classPath.isEmpty() || classPath.contains(File.pathSeparator)) {
            return;
        }
        projectOf(Path.of(classPath).toAbsolutePath().normalize())
                .ifPresent(project -> System.setProperty(PROPERTY, project.resolve("data").toString()));
    }

    /** The Maven project whose {@code target/} holds this file, if any. */
    static Optional<Path> projectOf(Path file) {
        for (Path folder = file.getParent(); folder != null && folder.getParent() != null; folder = folder.getParent()) {
            if (folder.getFileName().toString().equals("target") && Files.isRegularFile(folder.resolveSibling("pom.xml"))) {
                return Optional.of(folder.getParent());
            }
        }
        return Optional.empty();
    }
}
