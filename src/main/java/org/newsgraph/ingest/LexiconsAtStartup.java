package org.newsgraph.ingest;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;
import org.newsgraph.extraction.lexicon.Lexicons;
import org.newsgraph.text.LexiconException;

/**
 * Reads the extraction's lexicon files as the service starts, on a thread of their own so that the first answer
 * does not wait for them (about 150 ms of a cold start): reads never use them, and an ingestion that comes first
 * waits for the lexicon classes it needs, which the JVM initialises once. A missing file or a malformed line stops
 * the service with the file and line, instead of failing the first article.
 */
@Singleton
class LexiconsAtStartup {
    private static final Logger LOG = Logger.getLogger(LexiconsAtStartup.class);

    static void load(@Observes StartupEvent event) {
        Thread loader = new Thread(LexiconsAtStartup::loadOrStop, "lexicon-loader");
        loader.setDaemon(true);
        loader.start();
    }

    private static void loadOrStop() {
        try {
            Lexicons.loadAll();
        } catch (LexiconException e) {
            LOG.errorf("the extraction's word lists cannot be read, stopping: %s", e.getMessage());
            Quarkus.asyncExit(1);
        }
    }
}
