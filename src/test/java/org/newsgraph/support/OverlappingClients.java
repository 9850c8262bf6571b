package org.newsgraph.support;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;

import org.newsgraph.support.SyntheticArticles.Article;

/** Clients that ingest the same articles at the same moment, each in an order of its own. */
public final class OverlappingClients {
    public static final String CREATED = "CREATED";
    public static final String UNCHANGED = "UNCHANGED";

    private OverlappingClients() {
    }

    /**
     * Each of {@code clients} clients sends every article once, all starting together; {@code ingest} sends one for a
     * client (by number) and names the outcome. Returns the outcomes by url.
     */
    public static Map<String, List<String>> run(List<Article> articles, int clients, BiFunction<Integer, Article, String> ingest)
            throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        Map<String, List<String>> outcomes = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> done = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            List<Article> order = new ArrayList<>(articles);
            Collections.shuffle(order, new Random(client));
            done.add(pool.submit(() -> {
                start.await();
                for (Article article : order) {
                    outcomes.computeIfAbsent(article.url(), url -> Collections.synchronizedList(new ArrayList<>()))
                            .add(ingest.apply(client, article));
                }
                return null;
            }));
        }
        start.countDown();
        pool.shutdown();
        for (Future<?> client : done) {
            client.get(120, TimeUnit.SECONDS);
        }
        return outcomes;
    }

    /** The urls whose clients did not get exactly one CREATED and otherwise UNCHANGED, with what they got. */
    public static Map<String, List<String>> wrong(List<Article> articles, Map<String, List<String>> outcomes, int clients) {
        Map<String, List<String>> wrong = new LinkedHashMap<>();
        for (Article article : articles) {
            List<String> got = outcomes.getOrDefault(article.url(), List.of());
            if (got.size() != clients || Collections.frequency(got, CREATED) != 1 || Collections.frequency(got, UNCHANGED) != clients - 1) {
                wrong.put(article.url(), got);
            }
        }
        return wrong;
    }
}
