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

/**
 * The command-line face of the jar: runs the service, or one job (graph import or export, ingesting a folder of
 * articles) and exits with a code.
 */
public class GraphJobs implements QuarkusApplication {
    static final int DONE = 0;
    static final int REFUSED = 1;
    static final int USAGE_ERROR = 2;

    @Inject
    GraphImporter importer;
    @Inject
    GraphExporter exporter;
    @Inject
    FolderIngester folderIngester;

    @Override
    public int run(String... args) {
        if (args.length == 0) {
            Quarkus.waitForExit();
            return DONE;
        }
        try {
            JobCommand command = JobCommand.parse(args);
            if (command.isFolderImport()) {
                return ingestFolder(command);
            }
            if (command.name().equals(JobCommand.IMPORT)) {
                importGraph(command.path());
            } else {
                exportTo(command.path());
            }
            return DONE;
        } catch (JobCommand.UsageException e) {
            return GraphMain.usageError(e);
        } catch (BadLineException | ImportConflictException | IOException e) {
            System.err.println(args[0] + " failed: " + e.getMessage());
            return REFUSED;
        }
    }

    private void importGraph(Path file) throws IOException {
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

    private int ingestFolder(JobCommand command) throws IOException {
        ArticleFolder folder = ArticleFolder.read(command.path(), command.index(), command.baseUrl(), command.outlet());
        int articles = folder.entries().size();
        FolderSummary summary = folderIngester.ingest(folder, new Progress("ingested", articles, System.err::println), System.err::println,
                command.verbose() ? System.out::println : line -> { });
        System.err.println(summary);
        if (summary.refused() > 0) {
            System.err.println(summary.refused() + " of " + articles + " articles refused (listed above); the others are stored");
            return REFUSED;
        }
        return DONE;
    }
}
