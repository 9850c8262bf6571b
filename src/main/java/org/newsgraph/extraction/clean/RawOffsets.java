package org.newsgraph.extraction.clean;

import java.util.Arrays;

import org.newsgraph.extraction.document.Span;

/**
 * The way back from the cleaned body to the raw text as scraped. The cleaner keeps whole lines (trimmed) and drops
 * the others, so kept line k starts at {@code lineStarts[k]} in the cleaned body and at {@code rawStarts[k]} in the
 * raw one, and any offset inside it moves by the same amount.
 */
public final class RawOffsets {

    private final int[] lineStarts;
    private final int[] rawStarts;

    RawOffsets(int[] lineStarts, int[] rawStarts) {
        this.lineStarts = lineStarts;
        this.rawStarts = rawStarts;
    }

    /** The raw-body offset of a cleaned-body offset. */
    public int toRaw(int offset) {
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

    /** The same span in the raw body; spans never cross a line, as sentences end at line breaks. */
    public Span toRaw(Span span) {
        return new Span(toRaw(span.start()), toRaw(span.end()), span.text());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RawOffsets other && Arrays.equals(lineStarts, other.lineStarts)
                && Arrays.equals(rawStarts, other.rawStarts);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(lineStarts) + Arrays.hashCode(rawStarts);
    }
}
