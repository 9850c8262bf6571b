package org.newsgraph.graph;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import jakarta.inject.Inject;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;

/** The command-line face of the jar: runs the service, or one graph import or export and exits with a code. */
public class GraphJobs implements QuarkusApplication {
    static final int DONE = 0;
    static final int REFUSED = 1;
    static final int USAGE_ERROR = 2;

    @Inject
    GraphImporter importer;
    @Inject
    GraphExporter exporter;

    @Override
    public int run(String... args) {
        if (args.length == 0) {
            Quarkus.waitForExit();
            return DONE;
        }
        if (args.length != 2 || !(args[0].equals("import") || args[0].equals("export"))) {
            System.err.println("unknown command: " + String.join(" ", args) + "\n\n" + GraphMain.USAGE);
            return USAGE_ERROR;
        }
        Path file = Path.of(args[1]);
        try {
            if (args[0].equals("import")) {
                importFrom(file);
            } else {
                exportTo(file);
            }
            return DONE;
        } catch (BadLineException | ImportConflictException | IOException e) {
            System.err.println(args[0] + " failed: " + e.getMessage());
            return REFUSED;
        }
    }

    private void importFrom(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            ImportSummary summary = importer.importGraph(in, new Progress("imported", Files.size(file), System.err::println));
            System.err.println(summary);
        }
    }

    private void exportTo(Path file) throws IOException {
        Progress progress = new Progress("exported", -1, System.err::println);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            long articles = exporter.export(out, progress);
            System.err.println(String.format(Locale.ROOT, "exported %,d articles to %s in %.1f s", articles, file, progress.seconds()));
        }
    }
}
