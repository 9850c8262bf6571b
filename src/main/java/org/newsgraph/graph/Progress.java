package org.newsgraph.graph;

import java.util.Locale;
import java.util.function.Consumer;

/** Reports a long-running import or export at most every few seconds: count, rate and, when the size is known, ETA. */
final class Progress {
    private static final long INTERVAL_NANOS = 5_000_000_000L;

    private final String verb;
    private final long total;
    private final Consumer<String> sink;
    private final long started = System.nanoTime();
    private long lastReport = started;

    /** {@code total} is the size of the job (bytes to read, articles to write), or a negative number when unknown. */
    Progress(String verb, long total, Consumer<String> sink) {
        this.verb = verb;
        this.total = total;
        this.sink = sink;
    }

    static Progress silent() {
        return new Progress("", -1, line -> {
        });
    }

    /** {@code done} is in the unit of the total. */
    void update(long articles, long done) {
        long now = System.nanoTime();
        if (now - lastReport < INTERVAL_NANOS) {
            return;
        }
        lastReport = now;
        double seconds = seconds();
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%s %,d articles (%,.0f/s)",
                verb, articles, articles / seconds));
        if (total > 0 && done > 0) {
            double eta = seconds * (total - done) / done;
            line.append(String.format(Locale.ROOT, ", %.0f%%, ETA %.0f s", 100.0 * done / total, eta));
        }
        sink.accept(line.toString());
    }

    double seconds() {
        return Math.max(1e-9, (System.nanoTime() - started) / 1e9);
    }
}
