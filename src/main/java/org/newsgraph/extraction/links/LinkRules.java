package org.newsgraph.extraction.links;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.newsgraph.extraction.dates.DateResolver;
import org.newsgraph.extraction.events.EventGrouper;
import org.newsgraph.extraction.events.EventMention;
import org.newsgraph.extraction.lexicon.Affixes;
import org.newsgraph.extraction.lexicon.CueLexicon;
import org.newsgraph.extraction.lexicon.EventLexicon;
import org.newsgraph.extraction.links.QuoteEventLinker.Link;
import org.newsgraph.extraction.document.Span;
import org.newsgraph.extraction.lexicon.NameLexicon;
import org.newsgraph.extraction.names.PersonMention;
import org.newsgraph.extraction.names.PersonRegistry;
import org.newsgraph.extraction.quotes.QuoteCandidate;
import org.newsgraph.extraction.tokens.Sentence;
import org.newsgraph.extraction.tokens.Token;
import org.newsgraph.kinds.EventKind;
import org.newsgraph.kinds.PersonKind;
import org.newsgraph.kinds.QuoteKind;
import org.newsgraph.text.ArabicNormalizer;
import org.newsgraph.text.LexiconFile;

import static org.newsgraph.extraction.links.LinkContext.*;

/**
 * The linking rules that read the statement, its clause and the statements around it, each a small construction of
 * news discourse (those that follow the speaker are in {@link SpeakerRules}); {@link QuoteEventLinker} tries them in
 * order. Each returns the event it finds (its confidence and name are set by the linker) or null.
 */
final class LinkRules {

    /** Statement words within which a named event is what the statement is about (its subject or predicate). */
    private static final int TOPIC_WORDS = 5;
    /** Tokens from an occasion before the verb to the verb: its other party and an aside may stand between. */
    private static final int OCCASION_TO_VERB = 10;
    /** Statement words before a person who is then its subject ("إن الرئيس بايدن ..."، "أن بلينكن ..."). */
    private static final int SUBJECT_WORDS = 1;

    /** Paragraphs after a report the talks it reports on may be narrated in. */
    private static final int REPORT_AHEAD_PARAGRAPHS = 2;

    private LinkRules() {
    }
    /** "وتعليقا على زيارة الوفد قال ..."، : the event the sentence says the statement comments on. */
    static Link topic(LinkContext c, int n) {
        QuoteCandidate q = c.quotes().get(n);
        if (q.cueToken() < 0) {
            return null;
        }
        for (LinkContext.Mention m : mentions(c, q.sentence())) {
            if (m.mention().to() <= q.cueToken() && preceded(c.tokens(), m.mention().from(), TOPIC, 3)) {
                return link(m.group());
            }
        }
        return null;
    }

    /**
     * An event named at the start of the statement, as what it is about ("إن المباحثات كانت مثمرة"، "بأن وزيري
     * الخارجية الروسي فلان والتركي فلان أجريا محادثة هاتفية": its people's namings, however long, do not count);
     * not one it names only as the object of a stance or feeling ("إن المملكة على علم بالاجتماعات في القاهرة"، "عن
     * سروره بالزيارة"): such a statement is linked where it was made.
     */
    static Link inStatement(LinkContext c, int n) {
        QuoteCandidate q = c.quotes().get(n);
        LinkContext.Mention clause = c.clauseOccasions().get(n);
        LinkContext.Mention best = null;
        for (LinkContext.Mention m : mentions(c, q.sentence())) {
            EventMention e = m.mention();
            // the event the headline names is what the article reports: words naming it report on it too
            boolean marked = e.reference() || e.date() != null || isOccasion(c, m.group()) || namedInHeadline(c, m.group());
            int before = unnamedWordsBetween(c, q.sentence(), q.from(), e.from());
            // "إن الملف سيبحث خلال لقاء الرئيسين": words on what happens during an event are about it, wherever it stands
            boolean during = preceded(c.tokens(), e.from(), DURING, 1);
            boolean topical = before < TOPIC_WORDS || marked || during;
            // "قال X خلال الجلسة الختامية للقمة إننا ندعم مخرجات مؤتمر باريس": where the clause says it was said wins
            // over another event the words name past their start, undated and never attended ("إن اللقاءات كانت
            // مثمرة" and "إن نتائج القمة ستترجم" open with what they report: the event or, as the clause's subject,
            // the noun it completes; "أكد أهمية محادثات فيينا" has it in the object)
            boolean opensWithIt = before == 0 || (before == 1 && q.from() > 0
                    && CueLexicon.isComplementizer(c.tokens().get(q.from() - 1)));
            boolean elsewhere = clause != null && clause.group() != m.group() && !marked && !opensWithIt && !during;
            if (e.from() >= q.from() && e.to() <= q.to() && topical && !elsewhere && !attitudeObject(c.tokens(), e.from())
                    && (best == null || e.from() < best.mention().from())) {
                best = m;
            }
        }
        return best == null ? null : link(best.group());
    }

    /** Words between a feeling and the "على" of what it is for: the one thanked ("للمبعوث الأممي"). */
    private static final int THANKED_WORDS = 4;
    /** "على", after which a feeling's object stands ("تقديره للوزير على الزيارة"), `link-words.txt` FEELING_FOR. */
    private static final Set<String> ON = LexiconFile.words("link-words.txt", "FEELING_FOR");

    /** "بالاجتماعات" after "على علم"، "بزيارة" after "رحب": an event word glued to ب/ل right after a stance or feeling. */
    private static boolean attitudeObject(List<Token> tokens, int at) {
        String k = tokens.get(at).key();
        k = k.length() >= 5 && (k.charAt(0) == Affixes.WA || k.charAt(0) == Affixes.FA) ? k.substring(1) : k;
        boolean glued = (k.startsWith(Affixes.PREPOSITION_BI) || k.startsWith(Affixes.PREPOSITION_LI))
                && EventLexicon.TRIGGER_STARTS.contains(EventLexicon.stem(k.substring(1)));
        // "عن امتنانه للمبعوث على الإحاطة": what one is thankful for, after "على" and the one thanked
        boolean thankedFor = at > 0 && tokens.get(at - 1).word() && ON.contains(tokens.get(at - 1).key())
                && preceded(tokens, at - 1, ATTITUDE, THANKED_WORDS);
        return glued && preceded(tokens, at, ATTITUDE, 1) || thankedFor;
    }

    /**
     * What was discussed or agreed ("اتفقا على"، "تم بحث"): the meeting or call the clause names ("عقب المحادثات"),
     * else the last one its speaker took part in, else the last one named before; never a briefing, which is where
     * such a statement is made, not what it reports.
     */
    static Link reportsOn(LinkContext c, int n) {
        QuoteCandidate q = c.quotes().get(n);
        if (!contains(c.tokens(), q.from(), Math.min(q.to(), q.from() + 8), REPORTS) && !passiveReport(c.tokens(), q)) {
            return null;
        }
        Integer speaker = c.speakers().get(n).ref();
        LinkContext.Mention inClause = null;
        LinkContext.Mention attended = null;
        LinkContext.Mention last = null;
        for (LinkContext.Mention m : occasionsBefore(c, q)) {
            EventGrouper.Group g = c.groups().get(m.group());
            if (g.kind == EventKind.PRESS_BRIEFING || g.future) {
                continue;
            }
            last = m;
            if (speaker != null && c.attended(m.group(), speaker)) {
                attended = m;
            }
            if (m.mention().sentence() == q.sentence()) {
                inClause = m;
            }
        }
        LinkContext.Mention found = inClause != null ? inClause : attended != null ? attended : last;
        return found != null ? link(found.group()) : reportedAhead(c, q, speaker);
    }

    /**
     * A lead that reports what was discussed before the talks are narrated ("أكد الوزير أنه تم التباحث ...\n
     * وبدأت اليوم جلسة المباحثات بين الوزير ونظيره"): the first meeting or call after it, in its paragraph or the
     * next {@link #REPORT_AHEAD_PARAGRAPHS}, that its speaker took part in.
     */
    private static Link reportedAhead(LinkContext c, QuoteCandidate q, Integer speaker) {
        if (speaker == null) {
            return null;
        }
        int paragraph = c.sentences().get(q.sentence()).paragraph();
        for (LinkContext.Mention m : occasions(c)) {
            EventGrouper.Group g = c.groups().get(m.group());
            int p = c.sentences().get(m.mention().sentence()).paragraph();
            if (p > paragraph + REPORT_AHEAD_PARAGRAPHS) {
                return null;
            }
            if (m.mention().from() >= q.to() && g.kind != EventKind.PRESS_BRIEFING && !g.future
                    && g.participants.contains(speaker)) {
                return link(m.group());
            }
        }
        return null;
    }

    static boolean passiveReport(List<Token> tokens, QuoteCandidate q) {
        for (int i = q.from(); i + 1 < Math.min(q.to(), q.from() + 8); i++) {
            if (TAMMA.contains(tokens.get(i).bare()) && REPORTED_AFTER_TAMMA.contains(tokens.get(i + 1).key())) {
                return true;
            }
        }
        return false;
    }

    /** "وردا على سؤال ... قال": an answer to a question is given at the last briefing named. */
    static Link answer(LinkContext c, int n) {
        QuoteCandidate q = c.quotes().get(n);
        Sentence s = c.sentences().get(q.sentence());
        int end = q.cueToken() >= 0 ? q.cueToken() : q.from();
        boolean answering = false;
        for (int i = s.from(); i < Math.min(end, s.from() + 4); i++) {
            Token t = c.tokens().get(i);
            answering |= t.word() && ANSWER.contains(ArabicNormalizer.withoutProclitic(t.bare()));
        }
        if (!answering) {
            return null;
        }
        int found = -1;
        for (LinkContext.Mention m : occasionsBefore(c, q)) {
            if (c.groups().get(m.group()).kind == EventKind.PRESS_BRIEFING) {
                found = m.group();
            }
        }
        return found < 0 ? null : link(found);
    }

    /**
     * An event the statement's own clause places it at ("وقال X خلال المؤتمر الصحفي إن ..."). A reference to an
     * earlier event ("في مؤتمر صحفي عقب المحادثات") only dates the occasion named with it: it is the occasion
     * only when the clause names no other ("وقال X عقب اللقاء إن ..."). A second statement of a sentence has the
     * clause after the statement before it.
     */
    /**
     * "وأكد البيان الختامي"، "ودعت القمة العربية"، "وأضاف إعلان عمان": a gathering, or the statement or declaration it
     * issued, speaks at that gathering: the event its naming names ("البيان الختامي للقمة"), else the event the article
     * reports when it is a gathering, else the last gathering named before.
     */
    static Link gatheringSpeaks(LinkContext c, int n) {
        Integer ref = c.speakers().get(n).ref();
        PersonRegistry.Entry e = ref == null ? null : c.registry().get(ref);
        if (e == null || e.kind != PersonKind.INSTITUTION) {
            return null;
        }
        int session = sessionOfItsBody(c, e);
        if (session >= 0) {
            return link(session); // "وعقد مجلس الأمن جلسة ... وندد أعضاء مجلس الأمن بالهجوم": the council at its session
        }
        if (!NameLexicon.speaksForGathering(e.displayName())) {
            return null;
        }
        Span naming = c.speakers().get(n).naming();
        for (LinkContext.Mention m : mentions(c, c.quotes().get(n).sentence())) {
            int at = c.tokens().get(m.mention().from()).start();
            if (naming != null && naming.start() <= at && at < naming.end()) {
                return link(m.group());
            }
        }
        if (isGathering(c.reported())) {
            return link(c.groups().indexOf(c.reported()));
        }
        List<LinkContext.Mention> before = occasionsBefore(c, c.quotes().get(n));
        for (int k = before.size() - 1; k >= 0; k--) {
            if (isGathering(c.groups().get(before.get(k).group()))) {
                return link(before.get(k).group()); // the last gathering named before
            }
        }
        return null;
    }

    /**
     * The session, held or being held (not still to come, not earlier), of the body the institution names: a council
     * session whose body word ("الأمن" of "جلسة مجلس الأمن") is a word of the institution's name; -1 when none.
     */
    private static int sessionOfItsBody(LinkContext c, PersonRegistry.Entry e) {
        java.util.List<String> words = java.util.List.of(ArabicNormalizer.matchKey(e.displayName()).split(" "));
        for (int g = 0; g < c.groups().size(); g++) {
            EventGrouper.Group group = c.groups().get(g);
            String body = group.mentions.get(0).body();
            if (group.kind == EventKind.COUNCIL_MEETING && !group.future && !group.earlier && body != null
                    && words.contains(body)) {
                return g;
            }
        }
        return -1;
    }

    /**
     * "وحذر المندوب الروسي، فلان، من ..."، "وقال مندوب الكونغو إن ...": a delegate to a council (`link-words.txt`
     * DELEGATE) named in the statement's clause before it speaks at the council's session: the one the article
     * reports, else the last session named before, never one still to come. Tried after the speaker's own last
     * occasion: a delegate who held a press conference speaks there.
     */
    static Link delegateAtSession(LinkContext c, int n) {
        QuoteCandidate q = c.quotes().get(n);
        if (q.cueToken() < 0 || q.cueToken() > q.from()) {
            return null;
        }
        Sentence s = c.sentences().get(q.sentence());
        if (!contains(c.tokens(), s.from(), q.from(), DELEGATE)) {
            return null;
        }
        EventGrouper.Group reported = c.reported();
        if (reported != null && reported.kind == EventKind.COUNCIL_MEETING && !reported.future) {
            return link(c.groups().indexOf(reported));
        }
        List<LinkContext.Mention> before = occasionsBefore(c, q);
        for (int k = before.size() - 1; k >= 0; k--) {
            EventGrouper.Group g = c.groups().get(before.get(k).group());
            if (g.kind == EventKind.COUNCIL_MEETING && !g.future) {
                return link(before.get(k).group());
            }
        }
        return null;
    }

    private static boolean isGathering(EventGrouper.Group g) {
        return g != null && (g.kind == EventKind.SUMMIT || g.kind == EventKind.CONFERENCE || g.kind == EventKind.COUNCIL_MEETING);
    }

    static Link inClause(LinkContext c, int n) {
        LinkContext.Mention m = c.clauseOccasions().get(n);
        return m == null ? null : link(m.group());
    }

    /**
     * The mention of {@link #inClause}: the event the statement's clause places it at, or null; found once per
     * statement by {@link LinkContext#of}.
     */
    static LinkContext.Mention findClauseOccasion(LinkContext c, int n) {
        QuoteCandidate q = c.quotes().get(n);
        Sentence s = c.sentences().get(q.sentence());
        int clauseFrom = n > 0 && c.quotes().get(n - 1).sentence() == q.sentence() ? c.quotes().get(n - 1).to() : s.from();
        LinkContext.Mention reference = null;
        for (LinkContext.Mention m : mentions(c, q.sentence())) {
            EventMention e = m.mention();
            if (e.from() < clauseFrom || insideAnyStatement(e, c.quotesBySentence()) || inRelativeClause(c.tokens(), s, e)
                    || governedByTopicWord(c.tokens(), e.from()) || takingPartIsTopic(c.tokens(), s, e)) {
                continue; // "وحول زيارة الوفد قال X": what the statement is about, not where it was made
            }
            boolean nearCue = q.cueToken() >= 0 && Math.abs(e.from() - q.cueToken()) <= 4;
            boolean between = q.cueToken() >= 0 && e.from() > q.cueToken() && e.to() <= q.from();
            boolean fronted = q.cueToken() >= 0 && e.to() <= q.cueToken() && startsWithAdverbial(c.tokens(), s);
            boolean afterDirect = e.from() >= q.to() && q.kind() == QuoteKind.DIRECT;
            // "جودة في مؤتمر صحفي مشترك مع نظيره يؤكد أن": the occasion between the subject and its verb
            boolean beforeVerb = q.cueToken() >= 0 && e.to() <= q.cueToken() && q.cueToken() - e.to() <= OCCASION_TO_VERB
                    && preceded(c.tokens(), e.from(), DURING, 1);
            if (OccasionLeads.namedAfterStatement(c, q, m)) {
                return m; // "، وذلك عقب المحادثات" names its occasion, reference or not
            }
            if (nearCue || between || fronted || afterDirect || beforeVerb) {
                if (!e.reference()) {
                    return m;
                }
                reference = reference == null ? m : reference;
            } else if (e.reference() && reference == null) {
                reference = m;
            }
        }
        return reference;
    }

    /**
     * "وقال X حينها إن ..."، "وأضاف X، في وقت لاحق، أن ...": a time anaphor in the statement's clause places it by
     * the last occasion narrated before it (at it, or later about it), the last one of its speaker if he took part
     * in one.
     */
    static Link timeAnaphor(LinkContext c, int n) {
        QuoteCandidate q = c.quotes().get(n);
        Sentence s = c.sentences().get(q.sentence());
        int end = q.cueToken() >= 0 && q.cueToken() > q.from() ? s.to() : q.from();
        boolean anaphor = containsPhrase(c.tokens(), s.from(), end, TIME_ANAPHOR)
                || q.cueToken() > q.to() && containsPhrase(c.tokens(), q.to(), s.to(), TIME_ANAPHOR);
        if (!anaphor) {
            return null;
        }
        return lastOccasionNarrated(c, n, g -> true); // "التقيا على هامش قمة": the meeting
    }

    /**
     * The occasion narrated last in a sentence before statement n that {@code accepted} lets through and is not ahead:
     * the last its speaker took part in, else the last of all; null when there is none.
     */
    private static Link lastOccasionNarrated(LinkContext c, int n, Predicate<EventGrouper.Group> accepted) {
        QuoteCandidate q = c.quotes().get(n);
        Integer speaker = c.speakers().get(n).ref();
        int found = -1;
        int attended = -1;
        for (LinkContext.Mention m : occasionsBefore(c, q)) {
            EventGrouper.Group g = c.groups().get(m.group());
            if (m.mention().sentence() < q.sentence() && !g.future && accepted.test(g)) {
                found = m.group();
                attended = speaker != null && c.attended(m.group(), speaker) ? m.group() : attended;
            }
        }
        return attended >= 0 ? link(attended) : found < 0 ? null : link(found);
    }

    /**
     * "وفي كلمته، تحدث نجاد عن ..."، "وخلال خطابها، أكدت الوزيرة": a sentence opening with the speaker's own speech
     * (`link-words.txt` SPEECH with its pronoun) after a CIRCUMSTANCE word gives it at the occasion last narrated before,
     * the one its speaker took part in first; not a visit, during which speeches are given at its meetings.
     */
    static Link speechAtOccasion(LinkContext c, int n) {
        QuoteCandidate q = c.quotes().get(n);
        Sentence s = c.sentences().get(q.sentence());
        int first = s.from();
        while (first < s.to() && !c.tokens().get(first).word()) {
            first++;
        }
        if (first + 1 >= s.to() || !CIRCUMSTANCE.contains(c.tokens().get(first).key())) {
            return null;
        }
        Token speech = c.tokens().get(first + 1);
        if (!speech.word() || !EventLexicon.withPossessive(speech.bare(), SPEECH)) {
            return null;
        }
        return lastOccasionNarrated(c, n, g -> g.kind != EventKind.OTHER);
    }

    /**
     * "وقال X إن الرئيس أبلغ نظيره ... وأضاف X خلال مؤتمر صحفي أن ...": a continuation that names the briefing
     * where the statement before it was made too (or none) names no other occasion: it goes on about the event the
     * statement before reported on. That is what it reports on, not where it was made: the briefing stays its
     * occasion, which the speaker's next continuation carries ("وتابع أن الحدود ستفتح" is said at the briefing).
     */
    static Link goesOnAtBriefing(LinkContext c, int n) {
        Link at = inClause(c, n);
        if (at == null || c.groups().get(at.event()).kind != EventKind.PRESS_BRIEFING || continued(c, n) == null) {
            return null;
        }
        int before = c.occasions().get(n - 1).event();
        Link reported = c.links().get(n - 1);
        boolean sameOccasion = before < 0 || before == at.event();
        return sameOccasion && reported.event() >= 0 && reported.event() != at.event() ? reported : null;
    }

    /**
     * The same speaker goes on ("وأضاف"، "وتابع"، "مضيفا"): where the statement before was made, or what it was
     * about when it names no occasion, until the statement names another.
     */
    static Link continued(LinkContext c, int n) {
        if (n == 0) {
            return null;
        }
        QuoteCandidate q = c.quotes().get(n);
        QuoteCandidate p = c.quotes().get(n - 1);
        int gap = c.sentences().get(q.sentence()).paragraph() - c.sentences().get(p.sentence()).paragraph();
        Integer speaker = c.speakers().get(n).ref();
        if (gap > 2 || speaker == null || !speaker.equals(c.speakers().get(n - 1).ref())
                || !goesOn(q, p, c.speakers().get(n)) && !saysAlso(c, q)) {
            return null;
        }
        Link carried = carried(c, n - 1);
        // "وأعلن أن باريس ستنظم مؤتمرا دوليا ... مؤكدا أن بيروت قادرة على النهوض": words no longer in the future tense
        // go on about something else than the event still to come that the statement before spoke of
        boolean stillAhead = DateResolver.isFuture(c.tokens(), new Sentence(q.sentence(), q.from(), q.to(), 0));
        return carried.event() >= 0 && c.groups().get(carried.event()).future && !stillAhead ? null : carried;
    }

    /**
     * "واعتبر الوزير أيضا أن ..."، "وقال كذلك إن ...": a word of `link-words.txt` ALSO between the cue and the
     * statement goes on from the speaker's statement before, as "وأضاف" does.
     */
    private static boolean saysAlso(LinkContext c, QuoteCandidate q) {
        return q.cueToken() >= 0 && q.cueToken() < q.from() && contains(c.tokens(), q.cueToken() + 1, q.from(), ALSO);
    }

    /**
     * "قال الوزير إن ...\n وأضاف الوزير، في مؤتمر صحفي مشترك مع ...، أن ...": the continuation names the occasion
     * in its own clause, so the statement it goes on from was made there too (within two paragraphs, the same
     * speaker, not a reference such as "عقب المحادثات").
     */
    static Link namedByContinuation(LinkContext c, int n) {
        QuoteCandidate q = c.quotes().get(n);
        int k = n + 1; // the next statement of another sentence: "قال X إن ...، مؤكدا أن ..." goes on in its own
        while (k < c.quotes().size() && c.quotes().get(k).sentence() == q.sentence()) {
            k++;
        }
        if (k >= c.quotes().size()) {
            return null;
        }
        QuoteCandidate next = c.quotes().get(k);
        int gap = c.sentences().get(next.sentence()).paragraph() - c.sentences().get(q.sentence()).paragraph();
        Integer speaker = c.speakers().get(n).ref();
        LinkContext.Mention m = c.clauseOccasions().get(k);
        if (gap > 2 || speaker == null || !speaker.equals(c.speakers().get(k).ref()) || m == null
                || m.mention().reference() || next.cue() == null || !isContinuationCue(next.cue())) {
            return null;
        }
        return link(m.group());
    }

    /** "من جهته، قال X": the other side speaks where the statement before was made. */
    static Link counterpart(LinkContext c, int n) {
        if (n == 0) {
            return null;
        }
        QuoteCandidate q = c.quotes().get(n);
        Sentence s = c.sentences().get(q.sentence());
        int gap = s.paragraph() - c.sentences().get(c.quotes().get(n - 1).sentence()).paragraph();
        if (gap > 2 || !contains(c.tokens(), s.from(), Math.min(s.to(), s.from() + 3), COUNTERPART)) {
            return null;
        }
        return carried(c, n - 1);
    }

    /**
     * What a participant did or said ("إن بلينكن كرر دعم ..."): the person the statement opens with took part in an
     * event named before it, the last such event other than a briefing.
     */
    static Link participantReported(LinkContext c, int n) {
        QuoteCandidate q = c.quotes().get(n);
        Integer subject = null;
        int subjectEnd = -1;
        for (PersonMention p : c.people().getOrDefault(q.sentence(), List.of())) {
            if (p.from() >= q.from() && wordsBetween(c.tokens(), q.from(), p.from()) <= SUBJECT_WORDS) {
                subject = p.ref();
                subjectEnd = p.to();
                break;
            }
        }
        if (subject == null || subject.equals(c.speakers().get(n).ref())) {
            return null;
        }
        if (saysNext(c.tokens(), subjectEnd, q.to())) {
            return whereTheySpoke(c, q, subject);
        }
        int found = -1;
        for (LinkContext.Mention m : occasionsBefore(c, q)) {
            EventGrouper.Group g = c.groups().get(m.group());
            if (g.kind != EventKind.PRESS_BRIEFING && !g.future && c.attended(m.group(), subject)) {
                found = m.group();
            }
        }
        return found < 0 ? null : link(found);
    }

    /** "أن وزير الخارجية قال إن ..."، "أن الوزير أكد": the participant's own saying follows him. */
    private static boolean saysNext(List<Token> tokens, int from, int to) {
        for (int i = from; i < Math.min(to, from + 2); i++) {
            if (tokens.get(i).word()) {
                return CueLexicon.cue(tokens.get(i)) != null;
            }
        }
        return false;
    }

    /**
     * A correspondent reporting what a participant said ("وأكدت المراسلة أن وزير الخارجية قال إن ..."): the event
     * named before the statement, inside earlier statements too, that the participant took part in, a briefing
     * included, the one named last.
     */
    private static Link whereTheySpoke(LinkContext c, QuoteCandidate q, int subject) {
        int found = -1;
        int at = -1;
        for (int g = 0; g < c.groups().size(); g++) {
            EventGrouper.Group group = c.groups().get(g);
            if (group.future || !c.attended(g, subject)) {
                continue;
            }
            for (EventMention m : group.mentions) {
                if (m.from() < q.from() && m.from() > at) {
                    found = g;
                    at = m.from();
                }
            }
        }
        return found < 0 ? null : link(found);
    }

    /**
     * What an event's people told each other ("إن مارتان أكد لأمير قطر ..."، "إن عبد الله أطلع زيدا على ..."): the
     * statement's speaker and the people it names include two of the people of an event named before it, the last
     * such event. The event may be named inside a statement too: a wire lead is often itself the ministry's words
     * ("بحث الوزير في اتصال هاتفي مع نظيره ...، وفق ما ذكرت الوزارة").
     */
    static Link exchange(LinkContext c, int n) {
        Set<Integer> people = new HashSet<>();
        Integer speaker = c.speakers().get(n).ref();
        if (speaker != null) {
            people.add(speaker);
        }
        for (PersonMention p : spokenOf(c, n)) {
            if (c.registry().get(p.ref()).kind == PersonKind.PERSON) {
                people.add(p.ref()); // a state or city named in the words ("بين القاهرة وعمان") told nobody anything
            }
        }
        int found = -1;
        for (LinkContext.Mention m : mentionsBefore(c, c.quotes().get(n))) {
            EventGrouper.Group g = c.groups().get(m.group());
            if (g.kind != EventKind.PRESS_BRIEFING && c.attendees().get(m.group()).stream().filter(people::contains).count() >= 2) {
                found = m.group();
            }
        }
        return found < 0 ? null : link(found);
    }

}
