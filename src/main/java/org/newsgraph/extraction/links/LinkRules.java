package org.newsgraph.extraction.links;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.newsgraph.extraction.events.EventGrouper;
import org.newsgraph.extraction.events.EventMention;
import org.newsgraph.extraction.links.QuoteEventLinker.Link;
import org.newsgraph.extraction.names.PersonMention;
import org.newsgraph.extraction.quotes.QuoteCandidate;
import org.newsgraph.extraction.tokens.Sentence;
import org.newsgraph.extraction.tokens.Token;
import org.newsgraph.kinds.EventKind;
import org.newsgraph.kinds.QuoteKind;
import org.newsgraph.text.ArabicNormalizer;

import static org.newsgraph.extraction.links.LinkContext.*;

/**
 * The linking rules, each a small construction of news discourse; {@link QuoteEventLinker} tries them in order. Each
 * returns the event it finds (its confidence and name are set by the linker) or null.
 */
final class LinkRules {

    /** Statement words within which a named event is what the statement is about (its subject or predicate). */
    private static final int TOPIC_WORDS = 5;

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

    /** An event named at the start of the statement, as what it is about ("إن المباحثات كانت مثمرة"). */
    static Link inStatement(LinkContext c, int n) {
        QuoteCandidate q = c.quotes().get(n);
        LinkContext.Mention best = null;
        for (LinkContext.Mention m : mentions(c, q.sentence())) {
            EventMention e = m.mention();
            boolean topical = wordsBetween(c.tokens(), q.from(), e.from()) < TOPIC_WORDS || e.reference()
                    || e.date() != null || isOccasion(c, m.group());
            if (e.from() >= q.from() && e.to() <= q.to() && topical
                    && (best == null || e.from() < best.mention().from())) {
                best = m;
            }
        }
        return best == null ? null : link(best.group());
    }

    /**
     * What was discussed or agreed ("اتفقا على"، "تم بحث"): the last meeting or call named before the statement, even
     * when the statement was made at a later briefing.
     */
    static Link reportsOn(LinkContext c, int n) {
        QuoteCandidate q = c.quotes().get(n);
        if (!contains(c.tokens(), q.from(), Math.min(q.to(), q.from() + 8), REPORTS) && !passiveReport(c.tokens(), q)) {
            return null;
        }
        LinkContext.Mention last = null;
        for (LinkContext.Mention m : occasionsBefore(c, q)) {
            EventKind k = c.groups().get(m.group()).kind;
            if (k != EventKind.PRESS_BRIEFING && !c.groups().get(m.group()).future) {
                last = m;
            }
        }
        return last == null ? null : link(last.group());
    }

    static boolean passiveReport(List<Token> tokens, QuoteCandidate q) {
        for (int i = q.from(); i + 1 < Math.min(q.to(), q.from() + 8); i++) {
            if (tokens.get(i).bare().equals("تم") && REPORTED_AFTER_TAMMA.contains(tokens.get(i + 1).key())) {
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

    /** An event the statement's own clause places it at ("وقال X خلال المؤتمر الصحفي إن ..."). */
    static Link inClause(LinkContext c, int n) {
        QuoteCandidate q = c.quotes().get(n);
        Sentence s = c.sentences().get(q.sentence());
        for (LinkContext.Mention m : mentions(c, q.sentence())) {
            EventMention e = m.mention();
            if (insideAnyStatement(e, c.quotes()) || inRelativeClause(c.tokens(), s, e)) {
                continue;
            }
            boolean nearCue = q.cueToken() >= 0 && Math.abs(e.from() - q.cueToken()) <= 4;
            boolean between = q.cueToken() >= 0 && e.from() > q.cueToken() && e.to() <= q.from();
            boolean fronted = q.cueToken() >= 0 && e.to() <= q.cueToken() && startsWithAdverbial(c.tokens(), s);
            boolean afterDirect = e.from() >= q.to() && q.kind() == QuoteKind.DIRECT;
            if (e.reference() || nearCue || between || fronted || afterDirect) {
                Link going = c.groups().get(m.group()).kind == EventKind.PRESS_BRIEFING ? continued(c, n) : null;
                if (going != null && c.groups().get(going.event()).kind != EventKind.PRESS_BRIEFING) {
                    return going; // "وأضاف X خلال مؤتمر صحفي أن ...": goes on about the event he was speaking of
                }
                return briefingOrAbout(c, n, m.group());
            }
        }
        return null;
    }

    /** An occasion of its sentence the speaker takes part in ("مشددا أثناء لقائه ... على أن"). */
    static Link speakerInSentence(LinkContext c, int n) {
        Integer speaker = c.speakers().get(n).ref();
        if (speaker == null) {
            return null;
        }
        QuoteCandidate q = c.quotes().get(n);
        for (LinkContext.Mention m : occasions(c)) {
            if (m.mention().sentence() == q.sentence() && c.groups().get(m.group()).participants.contains(speaker)) {
                return link(m.group());
            }
        }
        return null;
    }

    /** The same speaker goes on ("وأضاف"، "وتابع"، "مضيفا"): the previous statement's event, until another is named. */
    static Link continued(LinkContext c, int n) {
        if (n == 0) {
            return null;
        }
        Link previous = c.links().get(n - 1);
        QuoteCandidate q = c.quotes().get(n);
        QuoteCandidate p = c.quotes().get(n - 1);
        int gap = c.sentences().get(q.sentence()).paragraph() - c.sentences().get(p.sentence()).paragraph();
        Integer speaker = c.speakers().get(n).ref();
        if (previous.event() < 0 || gap > 2 || speaker == null || !speaker.equals(c.speakers().get(n - 1).ref())
                || !goesOn(q, p, c.speakers().get(n))) {
            return null;
        }
        return previous;
    }

    /** A continuation keeps where its speaker was, not what the statement before reported on ("تم الاتفاق ..."). */
    static Link continuedAt(LinkContext c, int n) {
        return continued(c, n) == null ? null : occasionOf(c, n - 1);
    }

    /**
     * The previous statement's event, when this one's speaker or a person it names takes part in it ("وقال البيت
     * الأبيض إن بايدن ...", after a statement about Biden's call).
     */
    static Link participantContinues(LinkContext c, int n) {
        if (n == 0 || c.links().get(n - 1).event() < 0) {
            return null;
        }
        QuoteCandidate q = c.quotes().get(n);
        int gap = c.sentences().get(q.sentence()).paragraph() - c.sentences().get(c.quotes().get(n - 1).sentence()).paragraph();
        EventGrouper.Group g = c.groups().get(c.links().get(n - 1).event());
        Integer speaker = c.speakers().get(n).ref();
        if (gap > 1) {
            return null;
        }
        if (speaker != null && g.participants.contains(speaker)) {
            return occasionOf(c, n - 1);
        }
        for (PersonMention p : c.people().getOrDefault(q.sentence(), List.of())) {
            if (p.from() >= q.from() && p.to() <= q.to() && g.participants.contains(p.ref())) {
                return occasionOf(c, n - 1);
            }
        }
        return null;
    }

    /** An occasion named earlier in the paragraph that a person the statement speaks of took part in. */
    static Link participantInParagraph(LinkContext c, int n) {
        QuoteCandidate q = c.quotes().get(n);
        int paragraph = c.sentences().get(q.sentence()).paragraph();
        List<PersonMention> named = spokenOf(c, n);
        int found = -1;
        for (LinkContext.Mention m : occasionsBefore(c, q)) {
            if (c.sentences().get(m.mention().sentence()).paragraph() != paragraph || m.mention().sentence() == q.sentence()) {
                continue;
            }
            for (PersonMention p : named) {
                if (c.groups().get(m.group()).participants.contains(p.ref())) {
                    found = m.group();
                }
            }
        }
        return found < 0 ? null : link(found);
    }

    /** An occasion of the statement's paragraph the speaker takes part in, before the statement or else after it. */
    static Link speakerInParagraph(LinkContext c, int n, boolean ahead) {
        Integer speaker = c.speakers().get(n).ref();
        if (speaker == null) {
            return null;
        }
        QuoteCandidate q = c.quotes().get(n);
        int paragraph = c.sentences().get(q.sentence()).paragraph();
        LinkContext.Mention before = null;
        LinkContext.Mention after = null;
        for (LinkContext.Mention m : occasions(c)) {
            if (c.sentences().get(m.mention().sentence()).paragraph() != paragraph
                    || !c.groups().get(m.group()).participants.contains(speaker)) {
                continue;
            }
            if (m.mention().sentence() < q.sentence()) {
                before = m;
            } else if (after == null) {
                after = m;
            }
        }
        LinkContext.Mention m = ahead ? after : before;
        return m == null ? null : link(m.group());
    }

    /** "من جهته، قال X": the other side speaks at the occasion of the statement before. */
    static Link counterpart(LinkContext c, int n) {
        if (n == 0 || c.links().get(n - 1).event() < 0) {
            return null;
        }
        QuoteCandidate q = c.quotes().get(n);
        Sentence s = c.sentences().get(q.sentence());
        int gap = s.paragraph() - c.sentences().get(c.quotes().get(n - 1).sentence()).paragraph();
        if (gap > 2 || !contains(c.tokens(), s.from(), Math.min(s.to(), s.from() + 3), COUNTERPART)) {
            return null;
        }
        return c.links().get(n - 1);
    }

    /** The last occasion before the statement that its speaker took part in. */
    static Link speakerLast(LinkContext c, int n) {
        Integer speaker = c.speakers().get(n).ref();
        if (speaker == null) {
            return null;
        }
        int found = -1;
        for (LinkContext.Mention m : occasionsBefore(c, c.quotes().get(n))) {
            if (c.groups().get(m.group()).participants.contains(speaker)) {
                found = m.group();
            }
        }
        return found < 0 ? null : link(found);
    }

    /** A statement naming two participants of the main event speaks of it ("بايدن سيقدم لنظيره الروسي"). */
    static Link aboutMain(LinkContext c, int n) {
        EventGrouper.Group main = c.main();
        if (main == null) {
            return null;
        }
        Set<Integer> participants = new HashSet<>();
        Integer speaker = c.speakers().get(n).ref();
        if (speaker != null && main.participants.contains(speaker)) {
            participants.add(speaker);
        }
        for (PersonMention p : spokenOf(c, n)) {
            if (main.participants.contains(p.ref())) {
                participants.add(p.ref());
            }
        }
        return participants.size() >= 2 ? link(c.groups().indexOf(main)) : null;
    }

    /** "وأضاف X، في وقت لاحق، أن ...": said later than the event the article reports, and so about it. */
    static Link saidLater(LinkContext c, int n) {
        QuoteCandidate q = c.quotes().get(n);
        Sentence s = c.sentences().get(q.sentence());
        if (c.main() == null || c.main().future) {
            return null;
        }
        for (int i = s.from(); i + 2 < q.from(); i++) {
            if (c.tokens().get(i).bare().equals("في") && c.tokens().get(i + 1).is("وقت") && c.tokens().get(i + 2).is("لاحق")) {
                return link(c.groups().indexOf(c.main()));
            }
        }
        return null;
    }

    /**
     * A lead that quotes its speaker before naming the occasion: the first occasion of the next paragraph the speaker
     * takes part in, when none was named before.
     */
    static Link leadAhead(LinkContext c, int n) {
        Integer speaker = c.speakers().get(n).ref();
        QuoteCandidate q = c.quotes().get(n);
        if (speaker == null || !occasionsBefore(c, q).isEmpty()) {
            return null;
        }
        int paragraph = c.sentences().get(q.sentence()).paragraph();
        for (LinkContext.Mention m : occasions(c)) {
            int p = c.sentences().get(m.mention().sentence()).paragraph();
            if (p > paragraph && p <= paragraph + 2 && c.groups().get(m.group()).participants.contains(speaker)) {
                return link(m.group());
            }
        }
        return null;
    }

    /** A briefing the clause names, unless the statement reports on another event's participants. */
    static Link briefingOrAbout(LinkContext c, int n, int group) {
        EventGrouper.Group g = c.groups().get(group);
        EventGrouper.Group main = c.main();
        if (g.kind != EventKind.PRESS_BRIEFING || main == null || main == g || main.kind == EventKind.PRESS_BRIEFING) {
            return link(group);
        }
        Integer speaker = c.speakers().get(n).ref();
        for (PersonMention p : spokenOf(c, n)) {
            if (main.participants.contains(p.ref()) && !Integer.valueOf(p.ref()).equals(speaker) && !g.participants.contains(p.ref())) {
                return link(c.groups().indexOf(main)); // "قالت X في الإيجاز إن بايدن أبلغ بوتين": about the call
            }
        }
        return link(group);
    }
}
