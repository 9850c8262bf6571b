package org.newsgraph.graph;

/** An import was asked into a database that already holds a graph (or while another import runs). */
public class GraphNotEmptyException extends RuntimeException {

    public GraphNotEmptyException(String message) {
        super(message);
    }
}
