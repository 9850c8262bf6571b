package org.newsgraph.text;

/** A lexicon file is missing, not UTF-8 or has a malformed line; the message names the file and the line. */
public final class LexiconException extends RuntimeException {

    LexiconException(String message) {
        super(message);
    }
}
