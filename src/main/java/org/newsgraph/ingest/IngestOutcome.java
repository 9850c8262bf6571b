package org.newsgraph.ingest;

import java.util.List;

/** What ingesting one article did. */
public record IngestOutcome(long articleId, Result result, int quotes, int events, List<String> warnings) {

    public enum Result {
        /** A new url. */
        CREATED,
        /** A known url with a changed article: what it reports was replaced. */
        UPDATED,
        /** A known url with the same content: nothing was written. */
        UNCHANGED
    }

    /** False when the url was already known. */
    public boolean created() {
        return result == Result.CREATED;
    }
}
