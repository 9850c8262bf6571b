package org.newsgraph.durability;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

import org.newsgraph.support.SyntheticArticles.Article;

/** The graph as a service's API answers it, checked against the synthetic articles sent to it. */
final class StoredGraph {
    private static final int PAGE = 500;
    private static final String ARTICLES = "{ articles(first: " + PAGE + ") { totalCount edges { node { url body"
            + " quotes { text speaker { name } } events { kind startsOn participants { name } } } } } }";
    private static final String PEOPLE = "{ people(first: " + PAGE + ") { totalCount edges { node { name } } } }";
    private static final String EVENTS = "{ events(first: " + PAGE + ") { totalCount edges { node { startsOn participants { name }"
            + " articles { url } } } } }";

    private final Map<String, JsonNode> articles = new LinkedHashMap<>();
    private final List<String> people = new ArrayList<>();
    private final List<JsonNode> events = new ArrayList<>();

    private StoredGraph() {
    }

    static StoredGraph read(ServiceClient client) {
        StoredGraph graph = new StoredGraph();
        nodes(client.query(ARTICLES).get("articles")).forEach(a -> graph.articles.put(a.get("url").asText(), a));
        nodes(client.query(PEOPLE).get("people")).forEach(p -> graph.people.add(p.get("name").asText()));
        graph.events.addAll(nodes(client.query(EVENTS).get("events")));
        return graph;
    }

    static long count(ServiceClient client, String connection) {
        return client.query("{ " + connection + "(first: 1) { totalCount } }").get(connection).get("totalCount").asLong();
    }

    boolean has(Article article) {
        return articles.containsKey(article.url());
    }

    /** How the stored article differs from what ingesting it must store; null when it is complete. */
    String incomplete(Article expected) {
        JsonNode stored = articles.get(expected.url());
        if (stored == null) {
            return expected.url() + ": missing";
        }
        List<String> quotes = new ArrayList<>();
        stored.get("quotes").forEach(q -> quotes.add(q.get("text").asText() + " / " + q.path("speaker").path("name").asText()));
        List<String> expectedQuotes = List.of(expected.quotes().get(0) + " / " + expected.caller(),
                expected.quotes().get(1) + " / " + expected.callee());
        if (stored.get("body").asText().isBlank() || !quotes.equals(expectedQuotes)) {
            return expected.url() + ": quotes " + quotes + " instead of " + expectedQuotes;
        }
        JsonNode events = stored.get("events");
        if (events.size() != 1 || !events.get(0).get("kind").asText().equals("PHONE_CALL")
                || !events.get(0).get("startsOn").asText().equals(expected.day().toString())
                || !names(events.get(0).get("participants")).equals(Set.of(expected.caller(), expected.callee()))) {
            return expected.url() + ": events " + events + " instead of the call of " + expected.day();
        }
        return null;
    }

    /** People stored more than once, calls stored as several events or with articles missing: empty when none. */
    List<String> duplicates(Collection<Article> present) {
        List<String> problems = new ArrayList<>();
        Map<String, Long> namings = people.stream().collect(Collectors.groupingBy(name -> name, Collectors.counting()));
        present.stream().flatMap(a -> Stream.of(a.caller(), a.callee())).distinct()
                .filter(name -> namings.getOrDefault(name, 0L) != 1)
                .forEach(name -> problems.add(name + " is stored " + namings.getOrDefault(name, 0L) + " times"));
        Map<String, List<Article>> byCall = new HashMap<>();
        present.forEach(a -> byCall.computeIfAbsent(a.day() + " " + Set.of(a.caller(), a.callee()), k -> new ArrayList<>()).add(a));
        byCall.forEach((call, reports) -> {
            Article first = reports.get(0);
            List<JsonNode> stored = events.stream().filter(e -> e.get("startsOn").asText().equals(first.day().toString())
                    && names(e.get("participants")).equals(Set.of(first.caller(), first.callee()))).toList();
            Set<String> urls = reports.stream().map(Article::url).collect(Collectors.toSet());
            if (stored.size() != 1) {
                problems.add("the call " + call + " is stored as " + stored.size() + " events");
            } else if (!urlsOf(stored.get(0)).containsAll(urls)) {
                problems.add("the call " + call + " lists articles " + urlsOf(stored.get(0)) + ", not all of " + urls);
            }
        });
        return problems;
    }

    private static Set<String> urlsOf(JsonNode event) {
        Set<String> urls = new HashSet<>();
        event.get("articles").forEach(a -> urls.add(a.get("url").asText()));
        return urls;
    }

    private static Set<String> names(JsonNode people) {
        Set<String> names = new HashSet<>();
        people.forEach(p -> names.add(p.get("name").asText()));
        return names;
    }

    private static List<JsonNode> nodes(JsonNode connection) {
        if (connection.get("totalCount").asInt() > PAGE) {
            throw new AssertionError("more than " + PAGE + " rows: this check reads one page");
        }
        List<JsonNode> nodes = new ArrayList<>();
        connection.get("edges").forEach(edge -> nodes.add(edge.get("node")));
        return nodes;
    }
}
