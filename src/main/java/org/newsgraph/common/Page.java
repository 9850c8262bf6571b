package org.newsgraph.common;

import java.util.List;

/** One page of a keyset-paginated list: the items and whether more follow. */
public record Page<T>(List<T> items, boolean hasNext) {

    /** Builds a page from a query that fetched {@code first + 1} rows: the extra row only tells that more follow. */
    public static <T> Page<T> of(List<T> rows, int first) {
        return rows.size() > first ? new Page<>(rows.subList(0, first), true) : new Page<>(rows, false);
    }
}
