package org.newsgraph.extraction;

/** A naming of a known person, institution or source over tokens [from, to). */
record PersonMention(int from, int to, int ref) {
}
