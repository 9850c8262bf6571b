package org.newsgraph.ingest;

import java.time.Instant;

/** An article to ingest, as received: validated by {@link SubmissionValidator} before anything is stored. */
public record ArticleSubmission(String url, String outlet, String title, Instant publishedAt, String language, String body) {
}
