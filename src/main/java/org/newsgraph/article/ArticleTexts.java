package org.newsgraph.article;

/** An article's cleaned body (what offsets point into) and its raw text as sent, page noise and all. */
public record ArticleTexts(String body, String rawBody) {
}
