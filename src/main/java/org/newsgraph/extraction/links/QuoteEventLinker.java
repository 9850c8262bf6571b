package org.newsgraph.extraction.links;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.newsgraph.extraction.dates.DateMention;
import org.newsgraph.extraction.dates.DateResolver;
import org.newsgraph.extraction.document.Annotation;
import org.newsgraph.extraction.document.Document;
import org.newsgraph.extraction.events.EventGrouper;
import org.newsgraph.extraction.events.EventMention;
import org.newsgraph.extraction.names.NameCollector;
import org.newsgraph.extraction.quotes.QuoteCandidate;
import org.newsgraph.extraction.quotes.QuoteFinder;
import org.newsgraph.extraction.speakers.SpeakerResolver;
import org.newsgraph.extraction.tokens.Sentence;
import org.newsgraph.extraction.tokens.SentenceSplitter;
import org.newsgraph.extraction.tokens.Tokenizer;
import org.newsgraph.kinds.EventKind;
import org.newsgraph.kinds.PersonKind;

/**
 * Links each statement to the event it was made at or reports on, by discourse. Two ordered lists of rules (sieves)
 * are tried; the first rule of a list that finds an event wins and its name is the link's {@code rule}. The topic
 * rules find an event the statement reports on (one it comments on or names as its subject, what was discussed or
 * agreed, what the event's people told each other): that event is the link, even when the statement was made at a
 * later briefing. Otherwise the link is the statement's occasion, where it was made: the event named in its own
 * clause; the occasion its speaker was last reported at, carried through continuations (وأضاف، وتابع، من جهته)
 * until another is named; the occasion of the paragraph or lead that introduces the speaker as a participant; else
 * none (a general position). A headline statement takes the event of the body statement it repeats.
 *
 * <p>Reads {@link Tokenizer#TOKENS}, {@link SentenceSplitter#SENTENCES}, {@link QuoteFinder#QUOTES},
 * {@link SpeakerResolver#SPEAKERS}, {@link EventGrouper#GROUPS}, {@link NameCollector#PEOPLE},
 * {@link NameCollector#REGISTRY} and {@link DateResolver#DATES}; adds {@link #LINKS}, and dates an undated occasion by
 * the day of a statement made at it.
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

    /** What a statement reports on, in order: it wins over where the statement was made. */
    private static final List<Named> TOPIC_RULES = List.of(
            new Named("topic-of-statement", 0.85, LinkRules::topic),
            new Named("event-in-statement", 0.9, LinkRules::inStatement),
            new Named("reports-on-event", 0.75, LinkRules::reportsOn),
            new Named("exchange-of-participants", 0.6, LinkRules::exchange),
            new Named("participant-reported", 0.55, LinkRules::participantReported),
            new Named("goes-on-about-reported", 0.7, LinkRules::goesOnAtBriefing),
            new Named("spokesman-reads-out", 0.55, SpeakerRules::spokesmanReadsOut));

    /** Words between a briefing and the event it follows: "مؤتمر صحفي مشترك مع نظيره المصري عقب المباحثات". */
    private static final int BRIEFING_TO_EVENT = 8;

    /** Where a statement was made, in order. */
    private static final List<Named> OCCASION_RULES = List.of(
            new Named("answer-at-briefing", 0.75, LinkRules::answer),
            new Named("event-in-clause", 0.8, LinkRules::inClause),
            new Named("gathering-speaks", 0.7, LinkRules::gatheringSpeaks),
            new Named("occasion-named-after", 0.75, OccasionLeads::namedInNextSentence),
            new Named("time-anaphor", 0.65, LinkRules::timeAnaphor),
            new Named("speech-at-occasion", 0.6, LinkRules::speechAtOccasion),
            new Named("speaker-occasion-in-sentence", 0.75, SpeakerRules::speakerInSentence),
            new Named("occasion-of-sentence", 0.6, SpeakerRules::occasionOfSentence),
            new Named("same-speaker-continues", 0.7, LinkRules::continued),
            new Named("speaker-occasion-in-paragraph", 0.65, SpeakerRules::speakerInParagraph),
            new Named("body-at-spokesmans-briefing", 0.6, OccasionLeads::bodyAtSpokesmansBriefing),
            new Named("counterpart-replies", 0.6, LinkRules::counterpart),
            new Named("named-by-continuation", 0.65, LinkRules::namedByContinuation),
            new Named("speaker-last-occasion", 0.6, SpeakerRules::speakerLast),
            new Named("delegate-at-session", 0.65, LinkRules::delegateAtSession),
            new Named("speaker-occasion-ahead", 0.55, SpeakerRules::speakerAhead),
            new Named("speaker-only-occasion", 0.5, SpeakerRules::speakerOnlyOccasion));

    public void annotate(Document doc) {
        List<Link> links = new ArrayList<>();
        List<Link> occasions = new ArrayList<>();
        LinkContext c = LinkContext.of(doc.get(QuoteFinder.QUOTES), doc.get(SpeakerResolver.SPEAKERS),
                doc.get(SentenceSplitter.SENTENCES), doc.get(Tokenizer.TOKENS), doc.get(EventGrouper.GROUPS),
                doc.get(NameCollector.PEOPLE), doc.get(NameCollector.REGISTRY), links, occasions);
        addSpeakersAtNamedOccasions(c);
        Map<Integer, Integer> briefingAfter = briefingsAfter(c);
        List<List<DateMention>> dates = doc.get(DateResolver.DATES);
        for (int n = 0; n < c.quotes().size(); n++) {
            boolean headline = LinkContext.isHeadline(c, n);
            Link occasion = headline ? general() : firstOccasion(c, n, dates);
            if (briefingAfter.containsKey(occasion.event()) && FOLLOWS_PARTICIPATION.contains(occasion.rule())) {
                // "قال X في مؤتمر صحفي بعد محادثات مع Y": the talks' people speak to the press after them, so what
                // the article places at the talks only by who took part was said at the briefing ("وقال Y عقب
                // المحادثات" names its occasion itself)
                occasion = new Link(briefingAfter.get(occasion.event()), occasion.confidence(), "briefing-after-event");
            }
            Link topic = headline ? general() : firstRule(TOPIC_RULES, c, n, LinkContext.opensNewMatter(c, n));
            occasions.add(occasion);
            links.add(topic.event() >= 0 ? topic : occasion);
        }
        for (int n = 0; n < c.quotes().size(); n++) {
            if (LinkContext.isHeadline(c, n)) {
                Link own = LinkRules.inClause(c, n); // "جودة في مؤتمر صحفي مع نظيره يؤكد أن"
                links.set(n, own != null ? new Link(own.event(), 0.7, "event-in-clause") : headline(c, n));
            } else if (isIntertitle(c, n)) {
                Link repeated = headline(c, n);
                if (repeated.event() >= 0) {
                    links.set(n, repeated);
                }
            }
        }
        sameHeadlineSameOccasion(c, links);
        headlinesAtTheirSpeakersOccasion(c, links);
        dateOccasionsByStatements(c, dates, occasions);
        dateEventsByTheirBriefings(c, briefingAfter);
        dateBriefingsByTheirGatherings(c);
        addSpeakersAtBriefings(c, occasions);
        doc.add(LINKS, links);
    }

    /**
     * "وشدد X في مؤتمر صحفي مشترك عقده مع نظيره ... على أن": whoever speaks at an occasion their own clause names
     * takes part in it, so the rules that follow a speaker to their occasion find it for their other statements,
     * the earlier ones of the article too. Of a briefing they are participants, which reports of it by other outlets
     * merge on; of other events only attendees for linking: "قال X خلال المحادثات" may be said by an outsider briefed
     * on them, and a wrong participant would keep reports of one meeting from merging.
     */
    private static void addSpeakersAtNamedOccasions(LinkContext c) {
        for (int n = 0; n < c.quotes().size(); n++) {
            Integer speaker = c.speakers().get(n).ref();
            LinkContext.Mention m = speaker == null || LinkContext.isHeadline(c, n) ? null : c.clauseOccasions().get(n);
            boolean inside = m != null && (!m.mention().reference()
                    || LinkContext.preceded(c.tokens(), m.mention().from(), LinkContext.DURING, 2)); // not "عقب اللقاء"
            if (inside) {
                c.attendees().get(m.group()).add(speaker);
                if (c.groups().get(m.group()).kind == EventKind.PRESS_BRIEFING) {
                    c.groups().get(m.group()).participants.add(speaker); // who speaks at a briefing is one of its people
                }
            }
        }
    }

    /**
     * Rules that carry what the article said before the statement's sentence: none of them applies after an opener
     * that turns to another matter ("إلى ذلك"، "من جهة أخرى", `link-words.txt` SHIFT).
     */
    private static final Set<String> CARRIED_FROM_BEFORE = Set.of("participant-reported", "exchange-of-participants",
            "goes-on-about-reported", "spokesman-reads-out", "time-anaphor", "speech-at-occasion", "same-speaker-continues",
            "counterpart-replies", "speaker-last-occasion", "speaker-only-occasion");

    /** Occasion rules that place a statement at an event only because its speaker took part in it. */
    private static final Set<String> FOLLOWS_PARTICIPATION = Set.of("speaker-last-occasion", "speaker-occasion-in-paragraph",
            "speaker-occasion-ahead", "speaker-only-occasion", "counterpart-replies", "speaker-occasion-in-sentence");

    /**
     * The press conference held after each event, by the event's index: "في مؤتمر صحفي بعد/عقب المحادثات" names the
     * event right after the briefing, governed by a word of `link-words.txt` AFTER.
     */
    private static Map<Integer, Integer> briefingsAfter(LinkContext c) {
        Map<Integer, Integer> out = new HashMap<>();
        for (List<LinkContext.Mention> inSentence : c.mentionsBySentence().values()) {
            for (LinkContext.Mention briefing : inSentence) {
                if (c.groups().get(briefing.group()).kind != EventKind.PRESS_BRIEFING) {
                    continue;
                }
                for (LinkContext.Mention event : inSentence) {
                    EventMention e = event.mention();
                    if (event.group() != briefing.group() && e.from() >= briefing.mention().to()
                            && LinkContext.unnamedWordsBetween(c, briefing.mention().sentence(), briefing.mention().to(), e.from()) <= BRIEFING_TO_EVENT
                            && LinkContext.preceded(c.tokens(), e.from(), LinkContext.AFTER, 2)) {
                        out.putIfAbsent(event.group(), briefing.group());
                    }
                }
            }
        }
        return out;
    }

    /** Occasion rules that find a briefing's speakers: the lead naming it after the words, the other side's reply. */
    private static final Set<String> SPOKE_THERE = Set.of("occasion-named-after", "counterpart-replies", "answer-at-briefing");

    /**
     * "أكد الوزير أن ... جاء ذلك خلال المؤتمر الصحفي"، "ومن جانبه قال الوزير ...": whoever the article places at a
     * briefing by the lead after the words or as the other side is one of its people, as those named in the
     * statement's own clause are, which other outlets' reports of the briefing merge on.
     */
    private static void addSpeakersAtBriefings(LinkContext c, List<Link> occasions) {
        for (int n = 0; n < occasions.size(); n++) {
            Link o = occasions.get(n);
            Integer speaker = c.speakers().get(n).ref();
            if (o.event() >= 0 && speaker != null && SPOKE_THERE.contains(o.rule())
                    && c.groups().get(o.event()).kind == EventKind.PRESS_BRIEFING
                    && c.registry().get(speaker).kind == PersonKind.PERSON) {
                c.groups().get(o.event()).participants.add(speaker);
            }
        }
    }

    /**
     * "مؤتمر صحفي عقد عقب اجتماع الحوار الاستراتيجي": the meeting a dated briefing followed at once was held that day,
     * unless the article bounds it, calls it future or earlier, or places it elsewhere than the briefing; and an
     * undated briefing right after a dated one-day meeting is on its day.
     */
    private static void dateEventsByTheirBriefings(LinkContext c, Map<Integer, Integer> briefingAfter) {
        briefingAfter.forEach((event, briefing) -> {
            EventGrouper.Group g = c.groups().get(event);
            EventGrouper.Group b = c.groups().get(briefing);
            boolean elsewhere = g.location != null && b.location != null && !g.location.equals(b.location);
            if (g.start == null && b.start != null && g.notBefore == null && g.notAfter == null && !g.future && !g.earlier
                    && !elsewhere) {
                g.start = b.start;
                g.datedByMainEvent = true;
            } else if (b.start == null && g.start != null && g.end == null && undatedOnItsOwn(b) && !elsewhere) {
                b.start = g.start; // "لقاء صحفي عقب محادثات أجرياها اليوم": the briefing on the talks' day
            }
        });
    }

    /** Tokens from "خلال" to the gathering: "خلال انعقاد «المؤتمر»". */
    private static final int DURING_TO_GATHERING = 3;

    /**
     * "وقال الوزير في ندوة صحفية خلال انعقاد المؤتمر الوزاري"، "مؤتمر صحفي على هامش القمة": a briefing held during a
     * dated event of one day was held that day, unless the article bounds it or calls it future or earlier.
     */
    private static void dateBriefingsByTheirGatherings(LinkContext c) {
        for (List<LinkContext.Mention> inSentence : c.mentionsBySentence().values()) {
            for (LinkContext.Mention briefing : inSentence) {
                EventGrouper.Group b = c.groups().get(briefing.group());
                if (b.kind != EventKind.PRESS_BRIEFING || b.start != null || !undatedOnItsOwn(b)) {
                    continue;
                }
                for (LinkContext.Mention event : inSentence) {
                    EventGrouper.Group g = c.groups().get(event.group());
                    EventMention e = event.mention();
                    if (event.group() != briefing.group() && e.from() >= briefing.mention().to() && g.start != null
                            && g.end == null
                            && LinkContext.unnamedWordsBetween(c, briefing.mention().sentence(), briefing.mention().to(), e.from()) <= BRIEFING_TO_EVENT
                            && LinkContext.preceded(c.tokens(), e.from(), LinkContext.DURING, DURING_TO_GATHERING)) {
                        b.start = g.start;
                        break;
                    }
                }
            }
        }
    }

    /** An event the article neither bounds nor calls future or earlier: a day found elsewhere may be its own. */
    private static boolean undatedOnItsOwn(EventGrouper.Group g) {
        return g.notBefore == null && g.notAfter == null && !g.future && !g.earlier;
    }

    /**
     * Occasion rules that find the event where the statement itself was made, not where its speaker was last: its
     * clause, the lead naming it after the words, the occasion the next paragraph names for a lead's speaker.
     */
    private static final Set<String> MADE_AT = Set.of("event-in-clause", "occasion-named-after", "speaker-occasion-ahead");

    /**
     * "أكد الرئيس اليوم أن ... \n جاء ذلك خلال لقائه ...": the day in the clause of a statement made at an undated
     * occasion is the occasion's day; of a briefing, however the statement was placed there. An event the article
     * calls future or earlier, or bounds, keeps what it has.
     */
    private static void dateOccasionsByStatements(LinkContext c, List<List<DateMention>> dates, List<Link> occasions) {
        for (int n = 0; n < occasions.size(); n++) {
            Link o = occasions.get(n);
            // a briefing is held at one time: whatever rule placed the words there, their day is its day
            // ("أكد لافروف، اليوم الخميس، أن ..." then "وقال لافروف خلال مؤتمر صحفي")
            if (o.event() < 0 || !(MADE_AT.contains(o.rule()) || c.groups().get(o.event()).kind == EventKind.PRESS_BRIEFING)) {
                continue;
            }
            EventGrouper.Group g = c.groups().get(o.event());
            if (g.start != null || g.notBefore != null || g.notAfter != null || g.future || g.earlier) {
                continue;
            }
            QuoteCandidate q = c.quotes().get(n);
            Sentence s = c.sentences().get(q.sentence());
            boolean cueFirst = q.cueToken() >= 0 && q.cueToken() < q.from();
            int from = cueFirst ? s.from() : q.to();
            int to = cueFirst ? q.from() : s.to();
            for (DateMention d : dates.get(q.sentence())) {
                if (d.dayPrecise() && d.from() >= from && d.to() <= to) {
                    g.start = d.start();
                    g.end = d.end();
                    g.datedByStatement = true;
                    break;
                }
            }
        }
    }

    /**
     * The first occasion rule's event, except where a rule follows the speaker to an event still to come, or to one
     * the statement's own day rules out: "وكان الوزير قد أكد، أمس الخميس، أن ..." was not said at the press
     * conference he holds on Saturday.
     */
    private static Link firstOccasion(LinkContext c, int n, List<List<DateMention>> dates) {
        DateMention day = statementDay(c, n, dates);
        boolean newMatter = LinkContext.opensNewMatter(c, n);
        boolean toAnOutlet = LinkContext.givenToAnOutlet(c, n);
        for (Named r : OCCASION_RULES) {
            if (newMatter && CARRIED_FROM_BEFORE.contains(r.name())) {
                continue;
            }
            if (toAnOutlet && (CARRIED_FROM_BEFORE.contains(r.name()) || FOLLOWS_PARTICIPATION.contains(r.name()))) {
                continue; // "في المقابل، اعتبر النائب فلان، في تصريح لـ«الأيام»، أن": said to an outlet, at no event of theirs
            }
            Link l = r.rule().apply(c, n);
            if (l == null || l.event() < 0) {
                continue;
            }
            EventGrouper.Group g = c.groups().get(l.event());
            if (FOLLOWS_PARTICIPATION.contains(r.name()) && (ahead(g) || day != null && otherDay(g, day))) {
                continue;
            }
            return new Link(l.event(), r.confidence(), r.name());
        }
        return general();
    }

    /**
     * The day named in the statement's sentence outside its statements ("وأكد، أمس الخميس، أن"), or null; a day inside
     * another statement of the sentence ("، متابعا: "دولة على حدود 4 يونيو"") is what that one says, not when.
     */
    private static DateMention statementDay(LinkContext c, int n, List<List<DateMention>> dates) {
        QuoteCandidate q = c.quotes().get(n);
        for (DateMention d : dates.get(q.sentence())) {
            if (d.dayPrecise() && c.quotes().stream().noneMatch(o -> o.sentence() == q.sentence() && d.from() < o.to()
                    && d.to() > o.from())) {
                return d;
            }
        }
        return null;
    }

    /** An event the article puts ahead of it: what its speaker has said was not said there. */
    private static boolean ahead(EventGrouper.Group g) {
        return g.future || g.mentions.stream().anyMatch(EventMention::future);
    }

    private static boolean otherDay(EventGrouper.Group g, DateMention day) {
        if (g.start == null) {
            return false;
        }
        LocalDate last = g.end != null ? g.end : g.start;
        return day.start().isAfter(last) || (day.end() != null ? day.end() : day.start()).isBefore(g.start);
    }

    private static Link firstRule(List<Named> rules, LinkContext c, int n, boolean newMatter) {
        for (Named r : rules) {
            if (newMatter && CARRIED_FROM_BEFORE.contains(r.name())) {
                continue;
            }
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

    /**
     * "وزير الخارجية: الحوار أقل تكلفة من الحروب" standing alone as a paragraph inside the body: an intertitle, which
     * repeats a statement of the body as the headline does.
     */
    private static boolean isIntertitle(LinkContext c, int n) {
        QuoteCandidate q = c.quotes().get(n);
        if (!"headline-colon".equals(q.rule())) {
            return false;
        }
        int paragraph = c.sentences().get(q.sentence()).paragraph();
        for (Sentence s : c.sentences()) {
            if (s.paragraph() == paragraph && s.index() != q.sentence()) {
                return false;
            }
        }
        return true;
    }

    /**
     * "لافروف يشكر الجزائر على موقفها ويؤكد أن واشنطن ...": a headline's statement the body does not repeat (the page
     * cut, or the body words it otherwise) was made where the same speaker's other statement of that headline was.
     */
    private static void sameHeadlineSameOccasion(LinkContext c, List<Link> links) {
        for (int n = 0; n < c.quotes().size(); n++) {
            if (!LinkContext.isHeadline(c, n) || links.get(n).event() >= 0) {
                continue;
            }
            Integer speaker = c.speakers().get(n).ref();
            for (int k = 0; k < c.quotes().size() && speaker != null; k++) {
                if (k != n && c.quotes().get(k).sentence() == c.quotes().get(n).sentence() && links.get(k).event() >= 0
                        && speaker.equals(c.speakers().get(k).ref())) {
                    links.set(n, new Link(links.get(k).event(), 0.55, "same-headline-occasion"));
                    break;
                }
            }
        }
    }

    /**
     * "ميركل: أنا بصحة جيدة" with no body words repeating it and no neighbour: what it names is its event ("حداد:
     * القمة العربية حققت أهدافها"), else it was said at the one occasion the body gives its speaker.
     */
    private static void headlinesAtTheirSpeakersOccasion(LinkContext c, List<Link> links) {
        for (int n = 0; n < c.quotes().size(); n++) {
            if (!LinkContext.isHeadline(c, n) || links.get(n).event() >= 0) {
                continue;
            }
            Link named = LinkRules.inStatement(c, n);
            Link only = named == null ? SpeakerRules.speakerOnlyOccasion(c, n) : null;
            if (named != null) {
                links.set(n, new Link(named.event(), 0.6, "event-in-statement"));
            } else if (only != null) {
                links.set(n, new Link(only.event(), 0.55, "headline-speakers-occasion"));
            }
        }
    }

    /** A headline statement repeats a body statement: the one sharing most words (two at least), and its event. */
    private static Link headline(LinkContext c, int n) {
        QuoteCandidate q = c.quotes().get(n);
        Set<String> words = LinkContext.words(c.tokens(), q.from(), q.to());
        int best = -1;
        int bestShared = 1;
        for (int k = 0; k < c.quotes().size(); k++) {
            QuoteCandidate b = c.quotes().get(k);
            if (k == n || LinkContext.isHeadline(c, k) || c.links().get(k).event() < 0) {
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
