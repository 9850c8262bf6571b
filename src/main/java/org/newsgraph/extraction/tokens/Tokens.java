package org.newsgraph.extraction.tokens;

import java.util.List;

import org.newsgraph.extraction.document.Span;

/** Readings over a token list that several stages share. */
public final class Tokens {

    private Tokens() {
    }

    /** The text of tokens {@code from} (inclusive) to {@code to} (exclusive), with its offsets in the cleaned text. */
    public static Span span(List<Token> tokens, String text, int from, int to) {
        int start = tokens.get(from).start();
        int end = tokens.get(to - 1).end();
        return new Span(start, end, text.substring(start, end));
    }

    /** The token that closes the quotation opened at {@code open}, before {@code limit}, or -1. */
    public static int closing(List<Token> tokens, int open, int limit) {
        int depth = 0;
        for (int i = open; i < limit; i++) {
            int m = tokens.get(i).mark();
            depth += m;
            if (m < 0 && depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
