package org.newsgraph.extraction.links;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.newsgraph.extraction.document.Annotation;
import org.newsgraph.extraction.document.Document;
import org.newsgraph.extraction.events.EventGrouper;
import org.newsgraph.extraction.events.EventMention;
import org.newsgraph.extraction.lexicon.Lexicons;
import org.newsgraph.extraction.lexicon.NameLexicon;
import org.newsgraph.extraction.names.NameCollector;
import org.newsgraph.extraction.names.PersonMention;
import org.newsgraph.extraction.quotes.QuoteCandidate;
import org.newsgraph.extraction.quotes.QuoteFinder;
import org.newsgraph.extraction.speakers.SpeakerResolver;
import org.newsgraph.extraction.tokens.Sentence;
import org.newsgraph.extraction.tokens.SentenceSplitter;
import org.newsgraph.extraction.tokens.Token;
import org.newsgraph.extraction.tokens.Tokenizer;
import org.newsgraph.kinds.EventKind;
import org.newsgraph.text.ArabicNormalizer;

/**
 * Links each statement to the event it was made at or is about: an event named inside it, an event its sentence
 * places it at ("خلال الاتصال"، "عقب اللقاء"), the previous statement's event when the same speaker goes on,
 * or the article's main event when it speaks of that event's participants. A press briefing about a call links
 * to the call. General positions stay unlinked.
 *
 * <p>Reads {@link Tokenizer#TOKENS}, {@link SentenceSplitter#SENTENCES}, {@link QuoteFinder#QUOTES},
 * {@link SpeakerResolver#SPEAKERS}, {@link EventGrouper#GROUPS} and {@link NameCollector#PEOPLE}; adds {@link #LINKS}.
 */
public final class QuoteEventLinker {

    /** The event of each statement of {@link QuoteFinder#QUOTES}, in the same order. */
    public static final Annotation<List<Link>> LINKS = Annotation.named("statement-event links");

    private static final java.util.Set<String> RELATIVES = Lexicons.words("الذي التي الذين");

    /** The event of a statement (index into the groups), or -1, with confidence and rule. */
    public record Link(int event, double confidence, String rule) {
    }

    public void annotate(Document doc) {
        doc.add(LINKS, link(doc.get(QuoteFinder.QUOTES), doc.get(SpeakerResolver.SPEAKERS),
                doc.get(SentenceSplitter.SENTENCES), doc.get(Tokenizer.TOKENS), doc.get(EventGrouper.GROUPS),
                doc.get(NameCollector.PEOPLE)));
    }

    List<Link> link(List<QuoteCandidate> quotes, List<SpeakerResolver.Resolution> speakers, List<Sentence> sentences,
            List<Token> tokens, List<EventGrouper.Group> groups, Map<Integer, List<PersonMention>> peopleBySentence) {
        List<Link> out = new ArrayList<>();
        EventGrouper.Group main = EventGrouper.main(groups);
        int mainIndex = groups.indexOf(main);
        for (int n = 0; n < quotes.size(); n++) {
            QuoteCandidate q = quotes.get(n);
            Link link = inSpan(q, groups);
            if (link == null) {
                link = inSentence(q, quotes, tokens, sentences.get(q.sentence()), groups);
            }
            List<PersonMention> named = spokenOf(q, tokens, peopleBySentence.getOrDefault(q.sentence(), List.of()));
            if (link == null) {
                link = previousSentence(q, speakers.get(n).ref(), named, sentences, tokens, groups);
            }
            if (link == null && n > 0) {
                link = continued(n, quotes, speakers, sentences, out, groups, peopleBySentence);
            }
            if (link == null && main != null && !main.future && saidLater(q, tokens, sentences.get(q.sentence()))) {
                link = new Link(mainIndex, 0.6, "later-than-main-event");
            }
            if (link == null && main != null) {
                link = aboutMain(main, mainIndex, named, speakers.get(n).ref());
            }
            if (link != null && groups.get(link.event()).kind == EventKind.PRESS_BRIEFING && main != null
                    && main.kind != EventKind.PRESS_BRIEFING) {
                link = new Link(mainIndex, 0.7, "briefing-about-main-event");
            }
            out.add(link != null ? link : new Link(-1, 0.6, "general-position"));
        }
        return out;
    }

    private static Link inSpan(QuoteCandidate q, List<EventGrouper.Group> groups) {
        for (int g = 0; g < groups.size(); g++) {
            for (EventMention m : groups.get(g).mentions) {
                if (m.sentence() == q.sentence() && m.from() >= q.from() && m.to() <= q.to()) {
                    return new Link(g, 0.9, "event-in-statement");
                }
            }
        }
        return null;
    }

    /** An event the sentence places the statement at; not one in a relative clause about the speaker. */
    private static Link inSentence(QuoteCandidate q, List<QuoteCandidate> quotes, List<Token> tokens, Sentence s,
            List<EventGrouper.Group> groups) {
        for (int g = 0; g < groups.size(); g++) {
            for (EventMention m : groups.get(g).mentions) {
                if (m.sentence() != q.sentence() || insideAnyStatement(m, quotes)) {
                    continue;
                }
                if (inRelativeClause(tokens, s, m)) {
                    continue;
                }
                boolean nearCue = q.cueToken() >= 0 && Math.abs(m.from() - q.cueToken()) <= 4;
                // "وقال X في الإيجاز الصحفي الأسبوعي أمس إن ...": the event named between the cue and the words
                boolean between = q.cueToken() >= 0 && m.from() > q.cueToken() && m.to() <= q.from();
                boolean fronted = q.cueToken() >= 0 && m.to() <= q.cueToken() && startsWithAdverbial(tokens, s);
                boolean afterDirect = m.from() >= q.to() && q.kind() == org.newsgraph.kinds.QuoteKind.DIRECT;
                if (m.reference() || nearCue || between || fronted || afterDirect) {
                    return new Link(g, 0.8, "event-in-sentence");
                }
            }
        }
        return null;
    }

    /** "ومع اقتراب موعد المحادثات ..., تردد موسكو": a sentence opened by a circumstance of the statement. */
    private static boolean startsWithAdverbial(List<Token> tokens, Sentence s) {
        Token first = tokens.get(s.from());
        return first.word() && ADVERBIAL_OPENERS.contains(first.key());
    }

    private static final java.util.Set<String> ADVERBIAL_OPENERS = Lexicons.words("ومع مع وفي في وخلال خلال وعقب عقب وقبل قبل وبعد بعد");

    private static boolean insideAnyStatement(EventMention m, List<QuoteCandidate> quotes) {
        for (QuoteCandidate q : quotes) {
            if (q.sentence() == m.sentence() && m.from() >= q.from() && m.from() < q.to()) {
                return true;
            }
        }
        return false;
    }

    private static boolean inRelativeClause(List<Token> tokens, Sentence s, EventMention m) {
        for (int i = m.from() - 1; i >= Math.max(s.from(), m.from() - 4); i--) {
            if (tokens.get(i).word() && RELATIVES.contains(tokens.get(i).key())) {
                return true;
            }
        }
        return false;
    }

    /** The previous statement's event, when the same speaker goes on or this one speaks of its participants. */
    private static Link continued(int n, List<QuoteCandidate> quotes, List<SpeakerResolver.Resolution> speakers,
            List<Sentence> sentences, List<Link> links, List<EventGrouper.Group> groups,
            Map<Integer, List<PersonMention>> peopleBySentence) {
        Link previous = links.get(n - 1);
        if (previous.event() < 0) {
            return null;
        }
        QuoteCandidate q = quotes.get(n);
        int gap = sentences.get(q.sentence()).paragraph() - sentences.get(quotes.get(n - 1).sentence()).paragraph();
        if (gap > 1) {
            return null;
        }
        Integer speaker = speakers.get(n).ref();
        if (speaker != null && speaker.equals(speakers.get(n - 1).ref()) && goesOn(q, quotes.get(n - 1), speakers.get(n))) {
            return new Link(previous.event(), 0.7, "same-speaker-continues");
        }
        EventGrouper.Group g = groups.get(previous.event());
        if (speaker != null && g.participants.contains(speaker)) {
            return new Link(previous.event(), 0.55, "participant-continues");
        }
        for (PersonMention p : peopleBySentence.getOrDefault(q.sentence(), List.of())) {
            if (p.from() >= q.from() && p.to() <= q.to() && g.participants.contains(p.ref())) {
                return new Link(previous.event(), 0.55, "participant-in-statement");
            }
        }
        return null;
    }

    /**
     * The same speaker goes on with the same statement: in the same sentence, without a cue, with "وأضاف/وتابع",
     * or named again only by a pronoun or "المسؤول". A speaker named anew starts a new topic.
     */
    private static boolean goesOn(QuoteCandidate q, QuoteCandidate previous, SpeakerResolver.Resolution speaker) {
        if (q.sentence() == previous.sentence() || q.cue() == null
                || q.attribution() != QuoteCandidate.Attribution.NAMED) {
            return true;
        }
        String cue = ArabicNormalizer.matchKey(q.cue());
        if (cue.startsWith("اضاف") || cue.startsWith("يضيف") || cue.startsWith("تابع") || cue.startsWith("تضيف")) {
            return true;
        }
        return speaker.naming() != null
                && NameLexicon.ANONYMOUS_ANAPHORS.contains(ArabicNormalizer.matchKey(speaker.naming().text()));
    }

    /**
     * "وأضاف X، في وقت لاحق، أن ...": said later than the event the article reports, and so about it (the words between
     * the sentence start and the statement say when).
     */
    private static boolean saidLater(QuoteCandidate q, List<Token> tokens, Sentence s) {
        for (int i = s.from(); i + 2 < q.from(); i++) {
            if (tokens.get(i).bare().equals("في") && tokens.get(i + 1).is("وقت") && tokens.get(i + 2).is("لاحق")) {
                return true;
            }
        }
        return false;
    }

    /** An event named earlier in the same paragraph whose participants the statement speaks of or speaks for. */
    private static Link previousSentence(QuoteCandidate q, Integer speaker, List<PersonMention> named,
            List<Sentence> sentences, List<Token> tokens, List<EventGrouper.Group> groups) {
        Sentence s = sentences.get(q.sentence());
        int best = -1;
        int bestSentence = -1;
        for (int g = 0; g < groups.size(); g++) {
            EventGrouper.Group group = groups.get(g);
            for (EventMention m : group.mentions) {
                if (m.sentence() >= q.sentence() || m.sentence() <= bestSentence
                        || sentences.get(m.sentence()).paragraph() != s.paragraph()
                        || inRelativeClause(tokens, sentences.get(m.sentence()), m)) {
                    continue;
                }
                boolean concerned = speaker != null && group.participants.contains(speaker);
                for (PersonMention p : named) {
                    concerned |= group.participants.contains(p.ref());
                }
                if (concerned) {
                    best = g;
                    bestSentence = m.sentence();
                }
            }
        }
        return best < 0 ? null : new Link(best, 0.65, "event-in-paragraph");
    }

    /** People the statement speaks of or to: in it, or between the cue and it (not in a relative clause). */
    private static List<PersonMention> spokenOf(QuoteCandidate q, List<Token> tokens, List<PersonMention> people) {
        List<PersonMention> out = new ArrayList<>();
        int from = q.from();
        if (q.cueToken() >= 0 && q.cueToken() < q.from()) {
            from = q.cueToken();
            for (int i = q.cueToken(); i < q.from(); i++) {
                if (tokens.get(i).word() && RELATIVES.contains(tokens.get(i).key())) {
                    from = q.from();
                    break;
                }
            }
        }
        for (PersonMention p : people) {
            if (p.from() >= from && p.to() <= q.to()) {
                out.add(p);
            }
        }
        return out;
    }

    /** A statement naming two participants of the main event speaks of it ("بايدن سيقدم لنظيره الروسي"). */
    private static Link aboutMain(EventGrouper.Group main, int mainIndex, List<PersonMention> named, Integer speaker) {
        java.util.Set<Integer> participants = new java.util.HashSet<>();
        if (speaker != null && main.participants.contains(speaker)) {
            participants.add(speaker);
        }
        for (PersonMention p : named) {
            if (main.participants.contains(p.ref())) {
                participants.add(p.ref());
            }
        }
        return participants.size() >= 2 ? new Link(mainIndex, 0.6, "main-event-participants") : null;
    }
}
