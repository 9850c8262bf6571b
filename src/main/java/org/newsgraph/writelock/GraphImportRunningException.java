package org.newsgraph.writelock;

import io.smallrye.graphql.api.ErrorCode;

/**
 * A write refused because the {@link GraphWriteLock} stayed taken beyond the wait: by a graph import, the one writer
 * that holds it for long. Nothing was written; the same write succeeds once the import has ended. GraphQL reports it
 * with this code, REST with 503 and Retry-After ({@link GraphImportRunningMapper}).
 */
@ErrorCode(GraphImportRunningException.CODE)
public class GraphImportRunningException extends RuntimeException {
    static final String CODE = "GRAPH_IMPORT_RUNNING";

    GraphImportRunningException() {
        super("a graph import is running: the graph takes no other writes until it has ended; try again later");
    }
}
