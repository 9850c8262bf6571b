package org.newsgraph.ingest;

/**
 * Fired inside the transaction that stores an article (new or changed), so that observers of
 * {@code TransactionPhase.AFTER_SUCCESS} learn of it once it is committed, and never of a write that rolled back.
 */
public record ArticleStored(long articleId) {
}
