package org.newsgraph.ingest;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.newsgraph.extraction.lexicon.Lexicons;

/**
 * Reads the extraction's lexicon files when the service starts: a missing file or a malformed line stops start-up
 * with the file and line, instead of failing the first article. Only the files: the pipeline itself is built on
 * first use, so start-up stays short.
 */
@Singleton
class LexiconsAtStartup {

    static void load(@Observes StartupEvent event) {
        Lexicons.loadAll();
    }
}
