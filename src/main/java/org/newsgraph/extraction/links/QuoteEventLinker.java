package org.newsgraph.extraction.links;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.newsgraph.extraction.document.Annotation;
import org.newsgraph.extraction.document.Document;
import org.newsgraph.extraction.events.EventGrouper;
import org.newsgraph.extraction.names.NameCollector;
import org.newsgraph.extraction.quotes.QuoteCandidate;
import org.newsgraph.extraction.quotes.QuoteFinder;
import org.newsgraph.extraction.speakers.SpeakerResolver;
import org.newsgraph.extraction.tokens.SentenceSplitter;
import org.newsgraph.extraction.tokens.Tokenizer;

/**
 * Links each statement to the event it was made at or is about, by discourse: the first of an ordered list of
 * rules (sieves) that finds an event wins, and its name is the link's {@code rule}. In order: the event the statement
 * comments on or names as its topic, or reports on (what was discussed or agreed, even at a later briefing); the
 * occasion named in its own clause or sentence; the occasion its speaker was last reported at, carried through
 * continuation statements (وأضاف، وتابع) until another is named; the occasion of the paragraph or lead that has the
 * speaker as a participant; else none (a general position). A headline statement takes the event of the body
 * statement it repeats.
 *
 * <p>Reads {@link Tokenizer#TOKENS}, {@link SentenceSplitter#SENTENCES}, {@link QuoteFinder#QUOTES},
 * {@link SpeakerResolver#SPEAKERS}, {@link EventGrouper#GROUPS} and {@link NameCollector#PEOPLE}; adds {@link #LINKS}.
 */
public final class QuoteEventLinker {

    /** The event of each statement of {@link QuoteFinder#QUOTES}, in the same order. */
    public static final Annotation<List<Link>> LINKS = Annotation.named("statement-event links");

    /** The event of a statement (index into the groups), or -1, with confidence and rule. */
    public record Link(int event, double confidence, String rule) {
    }

    /** One linking rule: the event it finds for statement n, or null. */
    interface Rule {
        Link apply(LinkContext c, int n);
    }

    private record Named(String name, double confidence, Rule rule) {
    }

    /** The rules in order; the first that finds an event wins. */
    private static final List<Named> RULES = List.of(
            new Named("topic-of-statement", 0.85, LinkRules::topic),
            new Named("event-in-statement", 0.9, LinkRules::inStatement),
            new Named("reports-on-event", 0.75, LinkRules::reportsOn),
            new Named("answer-at-briefing", 0.75, LinkRules::answer),
            new Named("event-in-clause", 0.8, LinkRules::inClause),
            new Named("speaker-occasion-in-sentence", 0.75, LinkRules::speakerInSentence),
            new Named("same-speaker-continues", 0.7, LinkRules::continuedAt),
            new Named("speaker-occasion-in-paragraph", 0.65, (c, n) -> LinkRules.speakerInParagraph(c, n, false)),
            new Named("speaker-occasion-ahead", 0.6, (c, n) -> LinkRules.speakerInParagraph(c, n, true)),
            new Named("participant-continues", 0.55, LinkRules::participantContinues),
            new Named("event-in-paragraph", 0.65, LinkRules::participantInParagraph),
            new Named("counterpart-replies", 0.6, LinkRules::counterpart),
            new Named("speaker-last-occasion", 0.6, LinkRules::speakerLast),
            new Named("main-event-participants", 0.6, LinkRules::aboutMain),
            new Named("later-than-main-event", 0.6, LinkRules::saidLater),
            new Named("lead-occasion-ahead", 0.55, LinkRules::leadAhead));

    /** Rules whose event is what a statement is about, not where it was made: continuations look past them. */
    static final Set<String> TOPIC_RULES = Set.of("topic-of-statement", "event-in-statement", "reports-on-event");

    public void annotate(Document doc) {
        List<Link> out = new ArrayList<>();
        List<EventGrouper.Group> groups = doc.get(EventGrouper.GROUPS);
        LinkContext c = new LinkContext(doc.get(QuoteFinder.QUOTES), doc.get(SpeakerResolver.SPEAKERS),
                doc.get(SentenceSplitter.SENTENCES), doc.get(Tokenizer.TOKENS), groups, doc.get(NameCollector.PEOPLE), out,
                EventGrouper.main(groups));
        for (int n = 0; n < c.quotes().size(); n++) {
            out.add(LinkContext.isHeadline(c, n) ? general() : firstRule(c, n));
        }
        for (int n = 0; n < c.quotes().size(); n++) {
            if (LinkContext.isHeadline(c, n)) {
                out.set(n, headline(c, n));
            }
        }
        doc.add(LINKS, out);
    }

    private static Link firstRule(LinkContext c, int n) {
        for (Named r : RULES) {
            Link l = r.rule().apply(c, n);
            if (l != null && l.event() >= 0) {
                return new Link(l.event(), r.confidence(), r.name());
            }
        }
        return general();
    }

    private static Link general() {
        return new Link(-1, 0.6, "general-position");
    }

    /** A headline statement repeats a body statement: the one sharing most words (two at least), and its event. */
    private static Link headline(LinkContext c, int n) {
        QuoteCandidate q = c.quotes().get(n);
        Set<String> words = LinkContext.words(c.tokens(), q.from(), q.to());
        int best = -1;
        int bestShared = 1;
        for (int k = 0; k < c.quotes().size(); k++) {
            QuoteCandidate b = c.quotes().get(k);
            if (LinkContext.isHeadline(c, k) || c.links().get(k).event() < 0) {
                continue;
            }
            Set<String> other = LinkContext.words(c.tokens(), b.from(), b.to());
            other.retainAll(words);
            if (other.size() > bestShared) {
                best = k;
                bestShared = other.size();
            }
        }
        return best < 0 ? general() : new Link(c.links().get(best).event(), 0.6, "headline-repeats-body");
    }
}
