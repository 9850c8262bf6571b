package org.newsgraph.extraction;

/**
 * The article body without page noise, one kept line per paragraph, with the way back to the raw text:
 * kept line k starts at {@code lineStarts[k]} here and at {@code rawStarts[k]} in the raw body.
 */
record CleanedText(String text, String headline, int[] lineStarts, int[] rawStarts) {

    /** The raw-body offset of a cleaned-body offset. */
    int toRaw(int offset) {
        int lo = 0;
        int hi = lineStarts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lineStarts.length == 0 ? offset : rawStarts[lo] + (offset - lineStarts[lo]);
    }
}
