package org.newsgraph.graph;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Entry point of the jar: without arguments the HTTP service as usual, with {@code import FILE|FOLDER} or
 * {@code export FILE} a one-off job (see {@link GraphJobs}). Help is printed without starting the application.
 */
@QuarkusMain
public class GraphMain {
    static final String USAGE = """
            Usage: java [-Dkey=value...] -jar quarkus-run.jar [COMMAND]

            Without a command, runs the newsgraph HTTP service.

            Commands:
              import FILE   reads a graph file (JSON Lines, one article a line, the format of bench/gen.py
                            and of export) into an EMPTY database, keeping its ids; all or nothing.
              import FOLDER [--index FILE] [--base-url URL] [--outlet NAME] [--verbose]
                            ingests a folder of raw articles, one UTF-8 text file each, as POST /articles
                            does: extraction, one transaction per article, idempotent by url (a file ingested
                            again with the same content is unchanged, with changed content updated). The
                            index, FOLDER/index.json by default, is a JSON array of
                              {"file": "001.txt", "url": "https://...", "outlet": "...",
                               "publishedAt": "2024-05-01T10:00:00Z", "language": "ar", "title": "..."}
                            (publishedAt, language and title optional). Listed articles come first, in index
                            order, then the *.txt files it does not list, by name.
                --index FILE      the index, when it is not FOLDER/index.json
                --base-url URL    url of an article the index does not give one: URL + file name without .txt
                                  (--base-url https://example.org/a/ makes 001.txt https://example.org/a/001)
                --outlet NAME     outlet of an article the index does not give one
                --verbose         prints a line to stdout for each article created or updated:
                                  created|updated ID URL
                            Without them, files missing from the index are refused (and reported), as is an
                            article that validation refuses (no url, outlet or body, body over 1 MB or not text,
                            bad publishedAt); the others are stored. A folder without index.json needs --index,
                            or --base-url and --outlet.
              export FILE   writes the whole graph to FILE in the same format (UTF-8, articles by id).
              --help, -h    prints this text.

            Imports and exports print progress to stderr every 5 s (articles, rate, percentage, ETA) and a
            summary at the end; a folder's summary counts created, updated, unchanged and refused articles,
            quotes written, new events and new people, and lists each refused file with the reason.

            Options (Java system properties, before -jar):
              -Dnewsgraph.data-dir=DIR       directory of the embedded H2 database, also NEWSGRAPH_DATA_DIR (default: the
                                             data folder of the project the jar was built in, else ./data)
              -Dquarkus.profile=postgres     use PostgreSQL, with a jar built with the same profile (DB_URL, DB_USER,
                                             DB_PASSWORD environment variables; default
                                             jdbc:postgresql://127.0.0.1:5432/test, user postgres)
              -Dnewsgraph.auth.dev-key=true  the service also accepts the development key, an admin key made at the
                                             first such start and kept in the data folder as dev-key (./run sets it)
              -Dquarkus.http.port=N          HTTP port of the service (jobs open no port)
              -Dquarkus.http.host=ADDRESS    address the service listens on (default 127.0.0.1, this machine only;
                                             0.0.0.0 for every interface)
              -Dnewsgraph.import.articles-per-batch=N
                                             a graph file import sends rows in JDBC batches of N articles
                                             (default 1000; the whole file is one transaction)
              -Xmx512m                       memory does not grow with the file: 512 MiB of heap suffice

            Moving from H2 to PostgreSQL: export FILE with the H2 database, then import FILE with -Dquarkus.profile=postgres.

            Exit codes: 0 done; 1 refused (a bad line or a non-empty database for a graph file, a refused article
            of a folder, an I/O or database error); 2 usage error.
            """;

    public static void main(String... args) {
        if (java.util.Arrays.stream(args).anyMatch(arg -> arg.equals("--help") || arg.equals("-h"))) {
            System.out.print(USAGE);
            return;
        }
        DataFolder.defaultToProjectOfJar();
        if (args.length > 0) {
            try {
                JobCommand.parse(args);
            } catch (JobCommand.UsageException e) {
                System.exit(usageError(e));
            }
            // a job serves nothing: it opens no port (and so never takes the one of a running service), and what it
            // prints is its progress and summary, not the service's start-up log
            System.setProperty("quarkus.http.host-enabled", "false");
            System.setProperty("quarkus.log.level", System.getProperty("quarkus.log.level", "WARN"));
            System.setProperty("quarkus.banner.enabled", "false");
        }
        Quarkus.run(GraphJobs.class, args);
    }

    /** Prints what was wrong and the usage; the exit code of a usage error. */
    static int usageError(JobCommand.UsageException e) {
        System.err.println(e.getMessage() + "\n\n" + USAGE);
        return GraphJobs.USAGE_ERROR;
    }
}
