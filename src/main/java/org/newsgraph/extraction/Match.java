package org.newsgraph.extraction;

/** An extracted person or event identified with a stored one, with how sure and by which rule. */
public record Match(long id, double confidence, String rule) {
}
