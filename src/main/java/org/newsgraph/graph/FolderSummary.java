package org.newsgraph.graph;

import java.util.Locale;

/** What ingesting a folder of articles did: one outcome per article, what the stored graph gained, how long it took. */
public record FolderSummary(long articles, long created, long updated, long unchanged, long refused, long quotes, long newEvents,
        long newPeople, double seconds) {

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "ingested %,d articles in %.1f s (%,.0f/s): %,d created, %,d updated, %,d unchanged,"
                + " %,d refused; %,d quotes written, %,d new events, %,d new people", articles, seconds, articles / Math.max(seconds, 1e-9),
                created, updated, unchanged, refused, quotes, newEvents, newPeople);
    }
}
