package org.newsgraph.extraction.tokens;

/** Tokens [from, to) of one sentence; {@code to} excludes the terminator, so spans built from it drop the period. */
public record Sentence(int index, int from, int to, int paragraph) {
}
