package org.newsgraph.extraction;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.newsgraph.person.PersonKind;

/**
 * The Arabic extraction pipeline: clean, tokenize, split, learn names, find statements and their speakers, find
 * events with dates and claims, link statements to events. Built once; {@link #extract} is thread-safe because
 * every stage is stateless and all per-article state lives in the call.
 */
public final class ExtractionPipeline {

    private final NoiseCleaner cleaner = new NoiseCleaner();
    private final Tokenizer tokenizer = new Tokenizer();
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final NameCollector names = new NameCollector();
    private final DateResolver dates = new DateResolver();
    private final QuoteFinder quoteFinder = new QuoteFinder();
    private final SpeakerResolver speakerResolver = new SpeakerResolver();
    private final EventFinder eventFinder = new EventFinder();
    private final EventGrouper eventGrouper = new EventGrouper();
    private final ClaimExtractor claimExtractor = new ClaimExtractor();
    private final QuoteEventLinker linker = new QuoteEventLinker();

    public ExtractionPipeline() {
        // lexicons and patterns are static: one short article loads and compiles them all now, not on the first call
        extract(new ArticleDraft(null, "وقال الوزير إن الاتصال الهاتفي جرى «أمس» في جنيف.", java.time.Instant.EPOCH, "ar"));
    }

    public ExtractedArticle extract(ArticleDraft draft) {
        List<String> warnings = new ArrayList<>();
        CleanedText clean = cleaner.clean(draft.rawBody() == null ? "" : draft.rawBody(), draft.title());
        String text = clean.text();
        LocalDate published = draft.publishedAt() == null ? null
                : LocalDate.ofInstant(draft.publishedAt(), ZoneOffset.UTC);
        if (published == null) {
            warnings.add("no publication date: relative dates left unresolved");
        }
        List<Token> tokens = tokenizer.tokenize(text);
        List<Sentence> sentences = splitter.split(tokens);
        PersonRegistry registry = new PersonRegistry();
        NounPhraseParser parser = new NounPhraseParser(tokens, text, registry);
        names.learn(tokens, sentences, parser, registry, text);

        List<List<DateMention>> datesBySentence = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            datesBySentence.add(published == null ? List.of() : dates.find(tokens, s, published));
        }
        List<QuoteCandidate> quotes = quoteFinder.find(tokens, sentences, datesBySentence, parser);
        List<SpeakerResolver.Resolution> speakers = speakerResolver.resolve(quotes, tokens, sentences, parser, registry,
                text);
        Map<Integer, List<PersonMention>> people = names.mentions(tokens, sentences, parser, registry, text);

        List<EventMention> mentions = new ArrayList<>();
        for (Sentence s : sentences) {
            List<PersonMention> before = s.index() > 0 && s.paragraph() - sentences.get(s.index() - 1).paragraph() <= 1
                    ? people.getOrDefault(s.index() - 1, List.of()) : List.of();
            mentions.addAll(eventFinder.find(tokens, s, datesBySentence.get(s.index()),
                    people.getOrDefault(s.index(), List.of()), before, registry, published));
        }
        List<EventGrouper.Group> groups = eventGrouper.group(mentions);
        List<QuoteEventLinker.Link> links = linker.link(quotes, speakers, sentences, tokens, groups, people);

        Map<Integer, Integer> refs = usedPeople(speakers, groups);
        List<ExtractedPerson> persons = persons(registry, refs);
        List<ExtractedEvent> events = new ArrayList<>(groups.size());
        for (int g = 0; g < groups.size(); g++) {
            events.add(event(g, groups.get(g), tokens, sentences, text, parser, registry, refs));
        }
        List<ExtractedQuote> extracted = new ArrayList<>(quotes.size());
        for (int n = 0; n < quotes.size(); n++) {
            QuoteCandidate q = quotes.get(n);
            SpeakerResolver.Resolution r = speakers.get(n);
            QuoteEventLinker.Link l = links.get(n);
            Span span = SpeakerResolver.span(tokens, text, q.from(), q.to());
            if (r.ref() == null) {
                warnings.add("no speaker for statement at " + span.start());
            }
            extracted.add(new ExtractedQuote(span, q.kind(), q.cue(), q.confidence(), q.rule(),
                    r.ref() == null ? null : refs.get(r.ref()), r.naming(), r.confidence(), r.rule(),
                    l.event() < 0 ? null : l.event(), l.confidence(), l.rule()));
        }
        return new ExtractedArticle(clean.headline(), text, clean.rawOffsets(), persons, events, extracted, warnings);
    }

    /** Registry refs of the people the article's output points at, renumbered in order of first use. */
    private static Map<Integer, Integer> usedPeople(List<SpeakerResolver.Resolution> speakers,
            List<EventGrouper.Group> groups) {
        Set<Integer> used = new LinkedHashSet<>();
        for (SpeakerResolver.Resolution r : speakers) {
            if (r.ref() != null) {
                used.add(r.ref());
            }
        }
        for (EventGrouper.Group g : groups) {
            used.addAll(g.participants);
        }
        Map<Integer, Integer> refs = new HashMap<>();
        for (Integer ref : used) {
            refs.put(ref, refs.size());
        }
        return refs;
    }

    private static List<ExtractedPerson> persons(PersonRegistry registry, Map<Integer, Integer> refs) {
        ExtractedPerson[] out = new ExtractedPerson[refs.size()];
        for (Map.Entry<Integer, Integer> ref : refs.entrySet()) {
            PersonRegistry.Entry e = registry.get(ref.getKey());
            PersonKind kind = e.kind;
            out[ref.getValue()] = new ExtractedPerson(ref.getValue(), e.displayName(), kind, e.role, e.roleSource,
                    List.copyOf(e.aliases));
        }
        return List.of(out);
    }

    private ExtractedEvent event(int ref, EventGrouper.Group g, List<Token> tokens, List<Sentence> sentences,
            String text, NounPhraseParser parser, PersonRegistry registry, Map<Integer, Integer> refs) {
        List<Span> spans = new ArrayList<>(g.mentions.size());
        EventMention named = g.mentions.get(0);
        for (EventMention m : g.mentions) {
            int from = m.from();
            int to = m.to();
            if (m.date() != null) {
                from = Math.min(from, m.date().from());
                to = Math.max(to, m.date().to());
            }
            spans.add(SpeakerResolver.span(tokens, text, from, to));
            if (named.reference() && !m.reference()) {
                named = m;
            }
        }
        List<Integer> participants = new ArrayList<>();
        StringBuilder title = new StringBuilder(SpeakerResolver.span(tokens, text, named.from(), named.to()).text());
        String separator = ": ";
        for (Integer p : g.participants) {
            participants.add(refs.get(p));
            title.append(separator).append(registry.get(p).displayName());
            separator = "، ";
        }
        double confidence = g.start != null && !g.datedByMainEvent ? 0.9 : named.verbal() ? 0.6 : 0.75;
        String rule = (named.verbal() ? "meeting-verb" : "event-noun") + (g.mentions.size() > 1 ? "+coreference" : "")
                + (g.datedByMainEvent ? "+dated-by-main-event" : "") + (g.earlier ? EventMatcher.EARLIER : "");
        return new ExtractedEvent(ref, g.kind, title.toString(), g.start, g.end, g.notBefore, g.notAfter, g.location,
                participants, spans,
                claimExtractor.claims(g, tokens, sentences, text, parser, registry), confidence, rule);
    }
}
