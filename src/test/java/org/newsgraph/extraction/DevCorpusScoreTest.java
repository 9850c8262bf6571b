package org.newsgraph.extraction;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
import org.newsgraph.identity.EventMatcher;
import org.newsgraph.identity.KnownEvent;
import org.newsgraph.identity.KnownPerson;
import org.newsgraph.identity.Match;
import org.newsgraph.identity.MergeDecision;
import org.newsgraph.identity.PersonMatcher;
import org.newsgraph.kinds.EventKind;
import org.newsgraph.kinds.PersonKind;

/**
 * Runs the pipeline on the dev corpus, merges people and events across articles with the matchers the way the
 * service does (kind voted by the articles), and scores the result as the official scorer does. Floors sit slightly
 * under the current figures so that regressions fail; {@code DevCorpusTest} checks the targets through the API.
 */
class DevCorpusScoreTest {

    /** A person as the service stores it after merging. */
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

        Set<String> forms() {
            Set<String> out = new HashSet<>(aliases);
            out.add(name);
            return out;
        }
    }

    /** An event as the service stores it after merging. */
    private static final class StoredEvent {
        final long id;
        EventKind kind;
        final List<EventKind> kindReports = new ArrayList<>();
        LocalDate startsOn;
        LocalDate endsOn;
        final Set<Long> participants = new HashSet<>();
        String location;
        final Set<String> files = new HashSet<>();

        StoredEvent(long id, ExtractedEvent e) {
            this.id = id;
            this.kind = e.kind();
            this.startsOn = e.startsOn();
            this.endsOn = e.endsOn();
            this.location = e.location();
        }

        KnownEvent known() {
            return new KnownEvent(id, kind, startsOn, endsOn, participants, location);
        }

        DevCorpus.PredictedEvent predicted() {
            return new DevCorpus.PredictedEvent(kind.name(), startsOn, files);
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
    void devCorpusScoresStayAboveFloors() {
        assumeTrue(DevCorpus.available(), "dev corpus not available");
        Map<String, List<StoredQuote>> stored = new LinkedHashMap<>();
        for (DevCorpus.Item item : DevCorpus.index()) {
            ExtractedArticle article = pipeline.extract(new ArticleDraft(null, item.body(),
                    Instant.parse(item.publishedAt()), "ar"));
            stored.put(item.file(), ingest(item.file(), article));
        }
        // predictions are read once everything is merged, as the API would show them
        Map<String, List<DevCorpus.PredictedQuote>> quotes = new HashMap<>();
        stored.forEach((file, list) -> quotes.put(file, list.stream().map(q -> new DevCorpus.PredictedQuote(q.text(),
                q.speaker() == null ? Set.of() : q.speaker().forms(),
                q.event() == null ? null : q.event().predicted())).toList()));
        Map<String, Double> m = DevCorpus.score(quotes, events.stream().map(StoredEvent::predicted).toList());
        System.out.println("dev corpus: " + m);
        DevCorpus.assertAtLeast(m, Map.of("span_f1", 0.97, "speaker_accuracy", 0.97, "event_link_accuracy", 0.93,
                "e2e_f1", 0.95, "event_recall", 0.9, "event_precision", 0.85,
                "merged_correctly", m.get("multi_source_events")));
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
            stored.files.add(file);
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
        // every stored event is a candidate: the matcher keeps those whose days are apart
        List<KnownEvent> candidates = new ArrayList<>();
        for (StoredEvent s : events) {
            candidates.add(s.known());
        }
        MergeDecision decision = eventMatcher.decide(e, participants, candidates);
        StoredEvent s;
        if (decision.merged()) {
            s = events.get((int) (long) decision.eventId());
            if (s.startsOn == null) {
                s.startsOn = e.startsOn();
                s.endsOn = e.endsOn();
            }
            if (s.location == null) {
                s.location = e.location();
            }
        } else {
            s = new StoredEvent(events.size(), e);
            events.add(s);
        }
        s.participants.addAll(participants);
        s.kindReports.add(e.kind());
        s.kind = EventMatcher.agreedKind(s.kindReports);
        return s;
    }
}
