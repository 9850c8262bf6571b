package org.newsgraph.identity;

/** A stored entity judged to be the same as an extracted one, with the confidence and the rule that decided. */
public record Match(long id, double confidence, String rule) {
}
