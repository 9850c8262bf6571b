package org.newsgraph.extraction;

/** The article body without page noise, one kept line per paragraph, with the way back to the raw text. */
record CleanedText(String text, String headline, RawOffsets rawOffsets) {
}
