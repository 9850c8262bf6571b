package org.newsgraph.extraction;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.newsgraph.extraction.clean.CleanedText;
import org.newsgraph.extraction.clean.NoiseCleaner;
import org.newsgraph.extraction.dates.DateResolver;
import org.newsgraph.extraction.document.Document;
import org.newsgraph.extraction.document.Span;
import org.newsgraph.extraction.events.Claim;
import org.newsgraph.extraction.events.ClaimExtractor;
import org.newsgraph.extraction.events.EventFinder;
import org.newsgraph.extraction.events.EventGrouper;
import org.newsgraph.extraction.events.EventMention;
import org.newsgraph.extraction.links.QuoteEventLinker;
import org.newsgraph.extraction.names.NameCollector;
import org.newsgraph.extraction.names.PersonRegistry;
import org.newsgraph.extraction.quotes.QuoteCandidate;
import org.newsgraph.extraction.quotes.QuoteFinder;
import org.newsgraph.extraction.speakers.SpeakerResolver;
import org.newsgraph.extraction.tokens.SentenceSplitter;
import org.newsgraph.extraction.tokens.Token;
import org.newsgraph.extraction.tokens.Tokenizer;
import org.newsgraph.extraction.tokens.Tokens;
import org.newsgraph.text.LexiconFile;

/**
 * The Arabic extraction pipeline: clean, tokenize, split, learn names, find dates, statements and their speakers,
 * find events and their claims, link statements to events. Each stage reads what earlier stages added to the
 * article's {@link Document} and adds its own (its class comment says which). Built once; {@link #extract} is
 * thread-safe because every stage is stateless and all per-article state lives in the document.
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
    private final QuoteEventLinker linker = new QuoteEventLinker();
    private final ClaimExtractor claimExtractor = new ClaimExtractor();

    public ExtractionPipeline() {
        // lexicons and patterns are static: one short article loads and compiles them all now, not on the first call
        extract(new ArticleDraft(null, LexiconFile.rows("warm-up-article.txt", 1).get(0)[0], java.time.Instant.EPOCH, "ar"));
    }

    public ExtractedArticle extract(ArticleDraft draft) {
        LocalDate published = draft.publishedAt() == null ? null
                : LocalDate.ofInstant(draft.publishedAt(), ZoneOffset.UTC);
        Document doc = new Document(draft.rawBody(), draft.title(), published);
        if (published == null) {
            doc.warn("no publication date: relative dates left unresolved");
        }
        cleaner.annotate(doc);
        tokenizer.annotate(doc);
        splitter.annotate(doc);
        names.learn(doc);
        dates.annotate(doc);
        quoteFinder.annotate(doc);
        speakerResolver.annotate(doc);
        names.collectMentions(doc); // after the speakers, who may have added a person to the registry
        eventFinder.annotate(doc);
        eventGrouper.annotate(doc);
        linker.annotate(doc);
        return article(doc);
    }

    /** The article as the rest of the service sees it: people renumbered, spans with their text. */
    private ExtractedArticle article(Document doc) {
        CleanedText clean = doc.get(NoiseCleaner.CLEANED);
        List<SpeakerResolver.Resolution> speakers = doc.get(SpeakerResolver.SPEAKERS);
        List<EventGrouper.Group> groups = doc.get(EventGrouper.GROUPS);
        Map<Integer, Integer> refs = usedPeople(speakers, groups);
        PersonRegistry registry = doc.get(NameCollector.REGISTRY);
        List<ExtractedPerson> persons = persons(registry, refs);
        List<ExtractedEvent> events = new ArrayList<>(groups.size());
        for (int g = 0; g < groups.size(); g++) {
            events.add(event(g, groups.get(g), doc, registry, refs));
        }
        List<Token> tokens = doc.get(Tokenizer.TOKENS);
        List<QuoteCandidate> quotes = doc.get(QuoteFinder.QUOTES);
        List<QuoteEventLinker.Link> links = doc.get(QuoteEventLinker.LINKS);
        List<ExtractedQuote> extracted = new ArrayList<>(quotes.size());
        for (int n = 0; n < quotes.size(); n++) {
            QuoteCandidate q = quotes.get(n);
            SpeakerResolver.Resolution r = speakers.get(n);
            QuoteEventLinker.Link l = links.get(n);
            Span span = Tokens.span(tokens, clean.text(), q.from(), q.to());
            if (r.ref() == null) {
                doc.warn("no speaker for statement at " + span.start());
            }
            extracted.add(new ExtractedQuote(span, q.kind(), q.cue(), q.confidence(), q.rule(),
                    r.ref() == null ? null : refs.get(r.ref()), r.naming(), r.confidence(), r.rule(),
                    l.event() < 0 ? null : l.event(), l.confidence(), l.rule()));
        }
        return new ExtractedArticle(clean.headline(), clean.text(), clean.rawOffsets(), persons, events, extracted,
                doc.warnings());
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
            out[ref.getValue()] = new ExtractedPerson(ref.getValue(), e.displayName(), e.kind, e.role, e.roleSource,
                    List.copyOf(e.aliases));
        }
        return List.of(out);
    }

    private ExtractedEvent event(int ref, EventGrouper.Group g, Document doc,
            PersonRegistry registry, Map<Integer, Integer> refs) {
        List<Token> tokens = doc.get(Tokenizer.TOKENS);
        String text = doc.get(NoiseCleaner.CLEANED).text();
        List<Span> spans = new ArrayList<>(g.mentions.size());
        EventMention named = g.mentions.get(0);
        for (EventMention m : g.mentions) {
            int from = m.from();
            int to = m.to();
            if (m.date() != null && m.date().from() >= doc.get(SentenceSplitter.SENTENCES).get(m.sentence()).from()) {
                from = Math.min(from, m.date().from()); // not a date carried from the sentence before
                to = Math.max(to, m.date().to());
            }
            spans.add(Tokens.span(tokens, text, from, to));
            if (named.reference() && !m.reference()) {
                named = m;
            }
        }
        List<Integer> participants = new ArrayList<>();
        StringBuilder title = new StringBuilder(Tokens.span(tokens, text, named.from(), named.to()).text());
        String separator = ": ";
        for (Integer p : g.participants) {
            participants.add(refs.get(p));
            title.append(separator).append(registry.get(p).displayName());
            separator = "، ";
        }
        double confidence = g.start != null && !g.datedByMainEvent ? 0.9 : named.verbal() ? 0.6 : 0.75;
        String rule = (named.verbal() ? "meeting-verb" : "event-noun") + (g.mentions.size() > 1 ? "+coreference" : "")
                + (g.datedByMainEvent ? "+dated-by-main-event" : "") + (g.datedByStatement ? "+dated-by-statement" : "") + (g.earlier ? "+earlier-than-main" : "");
        List<Claim> claims = claimExtractor.claims(g, doc); // last: it may add an alias to the registry
        List<ExtractedClaim> extractedClaims = new ArrayList<>(claims.size());
        for (Claim c : claims) {
            extractedClaims.add(new ExtractedClaim(c.attribute(), c.value(), c.span()));
        }
        // a scheduled event without a day is not before publication: it cannot be an earlier event of the same people
        LocalDate notBefore = g.notBefore == null && g.start == null && g.future ? doc.published() : g.notBefore;
        return new ExtractedEvent(ref, g.kind, title.toString(), g.start, g.end, notBefore, g.notAfter, g.location,
                participants, spans, extractedClaims, g.earlier, confidence, rule, g.edition);
    }
}
