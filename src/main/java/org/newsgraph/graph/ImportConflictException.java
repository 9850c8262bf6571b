package org.newsgraph.graph;

/** An import that cannot run now: the database already holds a graph, or another import is running. */
public class ImportConflictException extends RuntimeException {

    public ImportConflictException(String message) {
        super(message);
    }
}
