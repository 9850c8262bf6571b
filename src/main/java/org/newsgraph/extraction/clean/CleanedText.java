package org.newsgraph.extraction.clean;

/** The article body without page noise, one kept line per paragraph, with the way back to the raw text. */
public record CleanedText(String text, String headline, RawOffsets rawOffsets) {
}
