package org.newsgraph.graph;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Entry point of the jar: without arguments the HTTP service as usual, with {@code import FILE} or {@code export FILE}
 * a one-off graph job (see {@link GraphJobs}). Help is printed without starting the application.
 */
@QuarkusMain
public class GraphMain {
    static final String USAGE = """
            Usage: java [-Dkey=value...] -jar quarkus-run.jar [COMMAND]

            Without a command, runs the newsgraph HTTP service.

            Commands:
              import FILE   reads a graph file (JSON Lines, one article a line, the format of bench/gen.py
                            and of export) into an EMPTY database, keeping its ids; all or nothing.
                            Progress (articles, rate, percentage, ETA) goes to stderr every 5 s.
              export FILE   writes the whole graph to FILE in the same format (UTF-8, articles by id).
              --help, -h    prints this text.

            Options (Java system properties, before -jar):
              -Dnewsgraph.data-dir=DIR       directory of the embedded H2 database (default ./data)
              -Dquarkus.profile=postgres     use PostgreSQL, with a jar built with the same profile (DB_URL, DB_USER,
                                             DB_PASSWORD environment variables; default
                                             jdbc:postgresql://127.0.0.1:5432/test, user postgres)
              -Dquarkus.http.port=N          HTTP port of the service (jobs listen on a random free port)
              -Dnewsgraph.import.articles-per-commit=N
                                             import commits every N articles (default 1000)
              -Xmx512m                       memory does not grow with the file: 512 MiB of heap suffice

            Moving from H2 to PostgreSQL: export FILE with the H2 database, then import FILE with -Dquarkus.profile=postgres.

            Exit codes: 0 done, 1 refused (bad line, database not empty, I/O error), 2 usage error.
            """;

    public static void main(String... args) {
        if (args.length > 0 && (args[0].equals("--help") || args[0].equals("-h"))) {
            System.out.print(USAGE);
            return;
        }
        if (args.length > 0) {
            // a job may run next to the service: it must not take the service's port
            System.setProperty("quarkus.http.port", System.getProperty("quarkus.http.port", "0"));
        }
        Quarkus.run(GraphJobs.class, args);
    }
}
