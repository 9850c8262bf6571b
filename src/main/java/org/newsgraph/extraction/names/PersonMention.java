package org.newsgraph.extraction.names;

/** A naming of a known person, institution or source over tokens [from, to). */
public record PersonMention(int from, int to, int ref) {
}
