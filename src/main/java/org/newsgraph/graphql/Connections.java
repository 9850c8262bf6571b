package org.newsgraph.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import org.newsgraph.common.Cursor;
import org.newsgraph.common.Page;

/** Builds Relay edges and page info from a page of rows. */
final class Connections {
    private Connections() {
    }

    static <V, E> List<E> edges(Page<V> page, Function<V, Cursor> cursor, BiFunction<String, V, E> edge) {
        List<E> edges = new ArrayList<>(page.items().size());
        for (V item : page.items()) {
            edges.add(edge.apply(cursor.apply(item).encode(), item));
        }
        return edges;
    }

    /** The totalCount of each connection, counted by the query that built it. */
    static <C> List<Integer> totalCounts(List<C> connections, ToLongFunction<C> count) {
        List<Integer> counts = new ArrayList<>(connections.size());
        for (C connection : connections) {
            counts.add(Math.toIntExact(count.applyAsLong(connection)));
        }
        return counts;
    }

    static <V> PageInfo pageInfo(Page<V> page, Function<V, Cursor> cursor) {
        List<V> items = page.items();
        return new PageInfo(page.hasNext(), items.isEmpty() ? null : cursor.apply(items.get(items.size() - 1)).encode());
    }
}
