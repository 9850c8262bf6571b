package org.newsgraph.graph;

/** What an import wrote and how long it took. */
public record ImportSummary(long articles, long quotes, long people, long events, double seconds) {

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "imported %,d articles, %,d quotes, %,d people, %,d events in %.1f s",
                articles, quotes, people, events, seconds);
    }
}
