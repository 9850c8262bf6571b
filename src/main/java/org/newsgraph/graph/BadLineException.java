package org.newsgraph.graph;

/** A line of the graph file that cannot be imported: the message names the line and the problem. */
public class BadLineException extends RuntimeException {

    public BadLineException(String message) {
        super(message);
    }

    public static BadLineException at(long line, String problem) {
        return new BadLineException("line " + line + ": " + problem);
    }
}
