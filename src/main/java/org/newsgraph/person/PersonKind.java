package org.newsgraph.person;

/** A speaker is a named person, an unnamed source ("a senior official") or an institution ("the Kremlin"). */
public enum PersonKind {
    PERSON, ANONYMOUS, INSTITUTION
}
