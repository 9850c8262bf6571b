package org.newsgraph.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.newsgraph.event.EventKind;
import org.newsgraph.person.PersonKind;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Runs the pipeline on the dev corpus, merges people and events across articles with the matchers the way the
 * service does, and computes the metrics of the official scorer (shared/eval/score.py). Floors sit slightly under
 * the current figures so that regressions fail.
 */
class DevCorpusScoreTest {

    private static final Path CORPUS = Path.of("../shared/corpus/dev");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Set DEV_SCORE_TRACE to print every matched quote and stored event. */
    private static final boolean TRACE = System.getenv("DEV_SCORE_TRACE") != null;

    /** A person or event as the service stores it after merging. */
    private static final class StoredPerson {
        final long id;
        final String name;
        final PersonKind kind;
        final Set<String> aliases = new LinkedHashSet<>();

        StoredPerson(long id, ExtractedPerson p) {
            this.id = id;
            this.name = p.name();
            this.kind = p.kind();
            aliases.addAll(p.aliases());
        }

        KnownPerson known() {
            return new KnownPerson(id, name, kind, aliases);
        }
    }

    private static final class StoredEvent {
        final long id;
        EventKind kind;
        final List<EventKind> kindReports = new ArrayList<>();
        LocalDate startsOn;
        final Set<Long> participants = new HashSet<>();
        String location;
        final Set<String> articles = new HashSet<>();

        StoredEvent(long id, ExtractedEvent e) {
            this.id = id;
            this.kind = e.kind();
            this.startsOn = e.startsOn();
            this.location = e.location();
        }

        KnownEvent known() {
            return new KnownEvent(id, kind, startsOn, participants, location);
        }
    }

    private record StoredQuote(String text, StoredPerson speaker, StoredEvent event) {
    }

    private final ExtractionPipeline pipeline = new ExtractionPipeline();
    private final PersonMatcher personMatcher = new PersonMatcher();
    private final EventMatcher eventMatcher = new EventMatcher();
    private final List<StoredPerson> people = new ArrayList<>();
    private final List<StoredEvent> events = new ArrayList<>();

    @Test
    void devCorpusScoresStayAboveFloors() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS.resolve("gold")), "dev corpus not available");
        JsonNode index = read(CORPUS.resolve("index.json"));
        Map<String, List<StoredQuote>> quotesByFile = new LinkedHashMap<>();
        for (JsonNode item : index) {
            String file = item.get("file").asText();
            String body = Files.readString(CORPUS.resolve(file), StandardCharsets.UTF_8);
            ExtractedArticle article = pipeline.extract(new ArticleDraft(null, body,
                    Instant.parse(item.get("publishedAt").asText()), "ar"));
            quotesByFile.put(file, ingest(file, article));
        }
        Map<String, Double> m = score(index, quotesByFile);
        if (TRACE) {
            for (StoredEvent e : events) {
                System.out.println("event " + e.id + " " + e.kind + " " + e.startsOn + " " + e.location + " " + e.articles);
            }
        }
        System.out.println("dev corpus: " + m);
        floor(m, "span_f1", 0.95);
        floor(m, "speaker_accuracy", 0.96);
        floor(m, "event_link_accuracy", 0.9);
        floor(m, "e2e_f1", 0.9);
        floor(m, "event_recall", 0.75);
        floor(m, "merged_correctly", 4);
    }

    private static void floor(Map<String, Double> metrics, String name, double floor) {
        assertTrue(metrics.get(name) >= floor, name + " " + metrics.get(name) + " fell under " + floor);
    }

    private List<StoredQuote> ingest(String file, ExtractedArticle article) {
        Map<Integer, StoredPerson> personByRef = new HashMap<>();
        for (ExtractedPerson p : article.people()) {
            personByRef.put(p.ref(), storePerson(p));
        }
        Map<Integer, StoredEvent> eventByRef = new HashMap<>();
        for (ExtractedEvent e : article.events()) {
            Set<Long> ids = new HashSet<>();
            for (Integer ref : e.participantRefs()) {
                ids.add(personByRef.get(ref).id);
            }
            StoredEvent stored = storeEvent(e, ids);
            stored.articles.add(file);
            eventByRef.put(e.ref(), stored);
        }
        List<StoredQuote> out = new ArrayList<>();
        for (ExtractedQuote q : article.quotes()) {
            out.add(new StoredQuote(q.text().text(), q.speakerRef() == null ? null : personByRef.get(q.speakerRef()),
                    q.eventRef() == null ? null : eventByRef.get(q.eventRef())));
        }
        return out;
    }

    private StoredPerson storePerson(ExtractedPerson p) {
        Set<String> tokens = new HashSet<>(PersonMatcher.tokens(p.name()));
        for (String alias : p.aliases()) {
            tokens.addAll(PersonMatcher.tokens(alias));
        }
        List<KnownPerson> candidates = new ArrayList<>();
        for (StoredPerson s : people) {
            Set<String> theirs = new HashSet<>(PersonMatcher.tokens(s.name));
            for (String alias : s.aliases) {
                theirs.addAll(PersonMatcher.tokens(alias));
            }
            theirs.retainAll(tokens);
            if (!theirs.isEmpty()) {
                candidates.add(s.known());
            }
        }
        Optional<Match> match = personMatcher.match(p, candidates);
        if (match.isPresent()) {
            StoredPerson s = people.get((int) match.get().id());
            s.aliases.addAll(p.aliases());
            return s;
        }
        StoredPerson s = new StoredPerson(people.size(), p);
        people.add(s);
        return s;
    }

    private StoredEvent storeEvent(ExtractedEvent e, Set<Long> participants) {
        List<KnownEvent> candidates = new ArrayList<>();
        for (StoredEvent s : events) {
            if (e.startsOn() == null || s.startsOn == null
                    || Math.abs(s.startsOn.toEpochDay() - e.startsOn().toEpochDay()) <= 1) {
                candidates.add(s.known());
            }
        }
        Optional<Match> match = eventMatcher.match(e, participants, candidates);
        if (match.isPresent()) {
            StoredEvent s = events.get((int) match.get().id());
            if (s.startsOn == null) {
                s.startsOn = e.startsOn();
            }
            if (s.location == null) {
                s.location = e.location();
            }
            s.participants.addAll(participants);
            s.kindReports.add(e.kind());
            s.kind = EventMatcher.agreedKind(s.kindReports);
            return s;
        }
        StoredEvent s = new StoredEvent(events.size(), e);
        s.participants.addAll(participants);
        s.kindReports.add(e.kind());
        events.add(s);
        return s;
    }

    private Map<String, Double> score(JsonNode index, Map<String, List<StoredQuote>> quotesByFile) throws IOException {
        Path gold = CORPUS.resolve("gold");
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
        int gold0 = 0;
        int pred = 0;
        int span = 0;
        int speaker = 0;
        int eventGold = 0;
        int eventOk = 0;
        int full = 0;
        Map<String, Set<String>> mentioned = new HashMap<>();
        for (JsonNode item : index) {
            String file = item.get("file").asText();
            JsonNode article = read(gold.resolve(file.replace(".txt", ".json")));
            for (JsonNode m : article.get("event_mentions")) {
                mentioned.computeIfAbsent(m.get("event").asText(), k -> new HashSet<>()).add(file);
            }
            List<JsonNode> gq = new ArrayList<>();
            article.get("quotes").forEach(gq::add);
            List<StoredQuote> pq = quotesByFile.get(file);
            gold0 += gq.size();
            pred += pq.size();
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
                    if (TRACE) {
                        for (int i = 0; i < gq.size(); i++) {
                            if (!usedG.contains(i)) {
                                System.out.println("missed " + gq.get(i).get("text").asText());
                            }
                        }
                        for (int j = 0; j < pq.size(); j++) {
                            if (!usedP.contains(j)) {
                                System.out.println("spurious " + pq.get(j).text());
                            }
                        }
                    }
                    break;
                }
                int i = (int) pair[1];
                int j = (int) pair[2];
                if (!usedG.add(i)) {
                    continue;
                }
                if (!usedP.add(j)) {
                    usedG.remove(i);
                    continue;
                }
                span++;
                JsonNode g = gq.get(i);
                StoredQuote p = pq.get(j);
                if (TRACE) {
                    System.out.println("match " + g.get("speaker") + " -> " + (p.speaker() == null ? null : p.speaker().name)
                        + " " + g.get("event") + " -> " + (p.event() == null ? null
                            : p.event().kind + " " + p.event().startsOn) + " | " + p.text());
                }
                boolean speakerOk = p.speaker() != null && intersects(forms(p.speaker()),
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
            List<StoredEvent> cands = new ArrayList<>();
            for (StoredEvent s : events) {
                if (same(s, ge) && intersects(s.articles, e.getValue())) {
                    cands.add(s);
                }
            }
            found += cands.isEmpty() ? 0 : 1;
            if (e.getValue().size() > 1) {
                multi++;
                if (!ge.hasNonNull("date")) {
                    merged += cands.stream().anyMatch(s -> s.articles.containsAll(e.getValue())) ? 1 : 0;
                } else if (cands.size() == 1 && cands.get(0).articles.containsAll(e.getValue())) {
                    merged++;
                }
            }
        }
        int trueEvents = 0;
        for (StoredEvent s : events) {
            boolean ok = false;
            for (Map.Entry<String, Set<String>> e : mentioned.entrySet()) {
                ok |= same(s, goldEvents.get(e.getKey())) && intersects(s.articles, e.getValue());
            }
            trueEvents += ok ? 1 : 0;
        }
        Map<String, Double> out = new LinkedHashMap<>();
        double sp = ratio(span, pred);
        double sr = ratio(span, gold0);
        double fp = ratio(full, pred);
        double fr = ratio(full, gold0);
        out.put("quotes_gold", (double) gold0);
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

    private static boolean same(StoredEvent s, JsonNode ge) {
        return s.kind.name().equals(ge.get("type").asText().toUpperCase(java.util.Locale.ROOT))
                && (!ge.hasNonNull("date") || (s.startsOn != null && s.startsOn.toString().equals(ge.get("date").asText())));
    }

    private static Set<String> forms(StoredPerson p) {
        Set<String> out = new HashSet<>();
        out.add(ArabicNormalizer.matchKey(p.name));
        for (String a : p.aliases) {
            out.add(ArabicNormalizer.matchKey(a));
        }
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

    private static JsonNode read(Path p) throws IOException {
        return JSON.readTree(Files.readString(p, StandardCharsets.UTF_8));
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
