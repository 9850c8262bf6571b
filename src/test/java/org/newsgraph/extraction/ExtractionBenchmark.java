package org.newsgraph.extraction;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Throughput of extraction alone on one thread, not part of the test suite. Reads the shared corpora when present
 * (run from the project directory): {@code java -cp target/classes:target/test-classes
 * org.newsgraph.extraction.ExtractionBenchmark}. Reports articles per second scaled to 3 KB articles.
 */
public final class ExtractionBenchmark {

    private ExtractionBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        List<String> bodies = new ArrayList<>();
        for (String dir : new String[] {"../shared/corpus/dev", "../shared/corpus/unlabelled"}) {
            Path p = Path.of(dir);
            if (Files.isDirectory(p)) {
                try (Stream<Path> files = Files.list(p)) {
                    for (Path f : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                        bodies.add(Files.readString(f, StandardCharsets.UTF_8));
                    }
                }
            }
        }
        if (bodies.isEmpty()) {
            bodies.add("وقال وزير الخارجية سالم الحارثي إن اللقاء بحث «ملفات إقليمية»، مضيفا أن الجانبين اتفقا.\n".repeat(30));
        }
        List<ArticleDraft> drafts = new ArrayList<>();
        long bytes = 0;
        for (String b : bodies) {
            drafts.add(new ArticleDraft(null, b, Instant.parse("2021-12-30T08:00:00Z"), "ar"));
            bytes += b.getBytes(StandardCharsets.UTF_8).length;
        }
        ExtractionPipeline pipeline = new ExtractionPipeline();
        int sink = 0;
        for (int i = 0; i < 3000; i++) {
            sink += pipeline.extract(drafts.get(i % drafts.size())).quotes().size();
        }
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            for (ArticleDraft d : drafts) {
                sink += pipeline.extract(d).quotes().size();
            }
        }
        double wall = (System.nanoTime() - start) / 1e9;
        // CPU time of this thread: the figure for one core, whatever else shares the machine
        double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        double articles = (double) rounds * drafts.size();
        double kbPerArticle = bytes / 1024.0 / drafts.size();
        System.out.printf("%d articles (avg %.1f KB) x %d rounds: one core %.3f ms/article = %.0f 3KB-articles/s;"
                + " wall clock %.0f articles/s (sink %d)%n", drafts.size(), kbPerArticle, rounds, cpu * 1000 / articles,
                articles / cpu * kbPerArticle / 3.0, articles / wall, sink);
    }
}
