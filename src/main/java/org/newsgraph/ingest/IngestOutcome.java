package org.newsgraph.ingest;

import java.util.List;

/** What ingesting one article did. {@code created} is false when the url was already known. */
public record IngestOutcome(long articleId, boolean created, int quotes, int events, List<String> warnings) {
}
