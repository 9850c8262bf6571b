package org.newsgraph.extraction;

import java.time.Instant;

/** What the pipeline reads: an article as scraped. {@code publishedAt} anchors relative dates and may be null. */
public record ArticleDraft(String title, String rawBody, Instant publishedAt, String language) {
}
