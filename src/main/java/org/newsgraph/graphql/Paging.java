package org.newsgraph.graphql;

import org.newsgraph.common.InvalidInputException;

/** Bounds of the {@code first} arguments: a client cannot ask for unbounded work. */
final class Paging {
    static final int MAX_FIRST = 500;
    /** Descriptions of the paging arguments, the same wherever they appear. */
    static final String FIRST = "Page size, at most " + MAX_FIRST + ".";
    static final String AFTER = "The endCursor of the previous page; the first page when omitted.";
    static final String LIMIT = "At most this many (up to " + MAX_FIRST + "); all when omitted.";

    private Paging() {
    }

    /** Checks a page size; null means the default. */
    static int first(Integer first, int byDefault) {
        return first == null ? byDefault : check(first);
    }

    /** Checks an optional limit of a nested list; null means no limit. */
    static Integer limit(Integer first) {
        return first == null ? null : check(first);
    }

    private static int check(int first) {
        if (first < 0 || first > MAX_FIRST) {
            throw new InvalidInputException("first", "must be between 0 and " + MAX_FIRST);
        }
        return first;
    }
}
