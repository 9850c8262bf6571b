package org.newsgraph.extraction;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.newsgraph.text.ArabicNormalizer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The dev corpus (../shared/corpus/dev) and the metrics of the official scorer (shared/eval/score.py) computed on
 * what a run predicted, however it was obtained: in process or read back through the API. Texts and names are
 * compared by match key, which folds Arabic spelling the way the scorer's normalisation does.
 */
final class DevCorpus {

    static final Path DIR = Path.of("../shared/corpus/dev");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One entry of index.json. */
    record Item(String file, String url, String outlet, String publishedAt) {
        String body() {
            try {
                return Files.readString(DIR.resolve(file), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A predicted event: its kind (enum name), first day (null when undated) and the articles (files) reporting it. */
    record PredictedEvent(String kind, LocalDate startsOn, Set<String> files) {
    }

    /** A predicted quote: its text, every naming of its speaker (empty when none) and its event (null when none). */
    record PredictedQuote(String text, Set<String> speakerForms, PredictedEvent event) {
    }

    private DevCorpus() {
    }

    static boolean available() {
        return Files.isDirectory(DIR.resolve("gold"));
    }

    static List<Item> index() {
        List<Item> out = new ArrayList<>();
        for (JsonNode item : read(DIR.resolve("index.json"))) {
            out.add(new Item(item.get("file").asText(), item.get("url").asText(), item.get("outlet").asText(),
                    item.get("publishedAt").asText()));
        }
        return out;
    }

    /** score.py's metrics; {@code quotesByFile} holds every article's predicted quotes, {@code events} every event. */
    static Map<String, Double> score(Map<String, List<PredictedQuote>> quotesByFile, List<PredictedEvent> events) {
        Path gold = DIR.resolve("gold");
        Map<String, Set<String>> goldForms = new HashMap<>();
        for (JsonNode p : read(gold.resolve("people.json"))) {
            Set<String> forms = new HashSet<>();
            for (JsonNode a : p.get("aliases_ar")) {
                forms.add(ArabicNormalizer.matchKey(a.asText()));
            }
            forms.add(ArabicNormalizer.matchKey(p.path("name_en").asText()));
            goldForms.put(p.get("id").asText(), forms);
        }
        Map<String, JsonNode> goldEvents = new HashMap<>();
        for (JsonNode e : read(gold.resolve("events.json"))) {
            goldEvents.put(e.get("id").asText(), e);
        }
        int goldQuotes = 0;
        int pred = 0;
        int span = 0;
        int speaker = 0;
        int eventGold = 0;
        int eventOk = 0;
        int full = 0;
        Map<String, Set<String>> mentioned = new HashMap<>();
        for (Item item : index()) {
            JsonNode article = read(gold.resolve(item.file().replace(".txt", ".json")));
            for (JsonNode m : article.get("event_mentions")) {
                mentioned.computeIfAbsent(m.get("event").asText(), k -> new HashSet<>()).add(item.file());
            }
            List<JsonNode> gq = new ArrayList<>();
            article.get("quotes").forEach(gq::add);
            List<PredictedQuote> pq = quotesByFile.getOrDefault(item.file(), List.of());
            goldQuotes += gq.size();
            pred += pq.size();
            // one-to-one, best overlap first, as the scorer does
            List<double[]> pairs = new ArrayList<>();
            for (int i = 0; i < gq.size(); i++) {
                for (int j = 0; j < pq.size(); j++) {
                    pairs.add(new double[] {dice(gq.get(i).get("text").asText(), pq.get(j).text()), i, j});
                }
            }
            pairs.sort((a, b) -> a[0] != b[0] ? Double.compare(b[0], a[0])
                    : a[1] != b[1] ? Double.compare(b[1], a[1]) : Double.compare(b[2], a[2]));
            Set<Integer> usedG = new HashSet<>();
            Set<Integer> usedP = new HashSet<>();
            for (double[] pair : pairs) {
                if (pair[0] < 0.5) {
                    break;
                }
                int i = (int) pair[1];
                int j = (int) pair[2];
                if (usedG.contains(i) || usedP.contains(j)) {
                    continue;
                }
                usedG.add(i);
                usedP.add(j);
                span++;
                JsonNode g = gq.get(i);
                PredictedQuote p = pq.get(j);
                boolean speakerOk = intersects(keys(p.speakerForms()),
                        goldForms.getOrDefault(g.get("speaker").asText(), Set.of()));
                speaker += speakerOk ? 1 : 0;
                JsonNode ge = g.hasNonNull("event") ? goldEvents.get(g.get("event").asText()) : null;
                if (ge != null) {
                    eventGold++;
                    if (p.event() != null && same(p.event(), ge)) {
                        eventOk++;
                        full += speakerOk ? 1 : 0;
                    }
                } else {
                    full += speakerOk ? 1 : 0;
                }
            }
        }
        int found = 0;
        int multi = 0;
        int merged = 0;
        for (Map.Entry<String, Set<String>> e : mentioned.entrySet()) {
            JsonNode ge = goldEvents.get(e.getKey());
            List<PredictedEvent> candidates = events.stream()
                    .filter(p -> same(p, ge) && intersects(p.files(), e.getValue())).toList();
            found += candidates.isEmpty() ? 0 : 1;
            if (e.getValue().size() > 1) {
                multi++;
                if (!ge.hasNonNull("date")) { // undated: kind alone cannot tell events apart, so only coverage counts
                    merged += candidates.stream().anyMatch(p -> p.files().containsAll(e.getValue())) ? 1 : 0;
                } else if (candidates.size() == 1 && candidates.get(0).files().containsAll(e.getValue())) {
                    merged++;
                }
            }
        }
        int trueEvents = 0;
        for (PredictedEvent p : events) {
            boolean ok = false;
            for (Map.Entry<String, Set<String>> e : mentioned.entrySet()) {
                ok |= same(p, goldEvents.get(e.getKey())) && intersects(p.files(), e.getValue());
            }
            trueEvents += ok ? 1 : 0;
        }
        double sp = ratio(span, pred);
        double sr = ratio(span, goldQuotes);
        double fp = ratio(full, pred);
        double fr = ratio(full, goldQuotes);
        Map<String, Double> out = new LinkedHashMap<>();
        out.put("quotes_gold", (double) goldQuotes);
        out.put("quotes_pred", (double) pred);
        out.put("span_precision", round(sp));
        out.put("span_recall", round(sr));
        out.put("span_f1", round(f1(sp, sr)));
        out.put("speaker_accuracy", round(ratio(speaker, span)));
        out.put("event_link_accuracy", round(ratio(eventOk, eventGold)));
        out.put("e2e_precision", round(fp));
        out.put("e2e_recall", round(fr));
        out.put("e2e_f1", round(f1(fp, fr)));
        out.put("events_gold", (double) mentioned.size());
        out.put("events_found", (double) found);
        out.put("events_pred", (double) events.size());
        out.put("event_recall", round(ratio(found, mentioned.size())));
        out.put("event_precision", round(ratio(trueEvents, events.size())));
        out.put("multi_source_events", (double) multi);
        out.put("merged_correctly", (double) merged);
        return out;
    }

    /** Fails unless every named metric reaches its floor. */
    static void assertAtLeast(Map<String, Double> metrics, Map<String, Double> floors) {
        List<String> under = new ArrayList<>();
        floors.forEach((name, floor) -> {
            if (metrics.get(name) < floor) {
                under.add(name + " " + metrics.get(name) + " < " + floor);
            }
        });
        if (!under.isEmpty()) {
            throw new AssertionError("under the floor: " + under + " in " + metrics);
        }
    }

    private static boolean same(PredictedEvent p, JsonNode ge) {
        return p.kind().equals(ge.get("type").asText().toUpperCase(Locale.ROOT))
                && (!ge.hasNonNull("date") || (p.startsOn() != null && p.startsOn().toString().equals(ge.get("date").asText())));
    }

    private static Set<String> keys(Set<String> forms) {
        Set<String> out = new HashSet<>();
        forms.forEach(f -> out.add(ArabicNormalizer.matchKey(f)));
        return out;
    }

    private static <T> boolean intersects(Set<T> a, Set<T> b) {
        for (T x : a) {
            if (b.contains(x)) {
                return true;
            }
        }
        return false;
    }

    /** Dice overlap of word multisets after normalisation, as the official scorer computes it. */
    static double dice(String a, String b) {
        Map<String, Integer> wa = words(a);
        Map<String, Integer> wb = words(b);
        int common = 0;
        int total = 0;
        for (Map.Entry<String, Integer> e : wa.entrySet()) {
            common += Math.min(e.getValue(), wb.getOrDefault(e.getKey(), 0));
            total += e.getValue();
        }
        for (int n : wb.values()) {
            total += n;
        }
        return total == 0 ? 0 : 2.0 * common / total;
    }

    private static Map<String, Integer> words(String s) {
        Map<String, Integer> out = new HashMap<>();
        String key = ArabicNormalizer.matchKey(s);
        if (!key.isEmpty()) {
            for (String w : key.split(" ")) {
                out.merge(w, 1, Integer::sum);
            }
        }
        return out;
    }

    private static JsonNode read(Path p) {
        try {
            return JSON.readTree(Files.readString(p, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double ratio(int x, int y) {
        return y == 0 ? 0 : (double) x / y;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }
}
