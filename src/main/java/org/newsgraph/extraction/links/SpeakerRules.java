package org.newsgraph.extraction.links;

import java.util.ArrayList;
import java.util.List;

import org.newsgraph.extraction.events.EventGrouper;
import org.newsgraph.extraction.lexicon.NameLexicon;
import org.newsgraph.extraction.links.QuoteEventLinker.Link;
import org.newsgraph.extraction.names.PersonRegistry;
import org.newsgraph.extraction.quotes.QuoteCandidate;
import org.newsgraph.kinds.EventKind;
import org.newsgraph.text.ArabicNormalizer;

import static org.newsgraph.extraction.links.LinkContext.*;

/**
 * The linking rules that follow the speaker: the occasions the article places a speaker at (in the statement's
 * sentence or paragraph, the last one, the one ahead, the only one), the occasion its sentence narrates, and a
 * spokesman reading out the event before him. {@link QuoteEventLinker} tries them in its order among the others.
 */
final class SpeakerRules {

    private SpeakerRules() {
    }

    /** An occasion of its sentence the speaker takes part in ("مشددا أثناء لقائه ... على أن"). */
    static Link speakerInSentence(LinkContext c, int n) {
        Integer speaker = c.speakers().get(n).ref();
        if (speaker == null) {
            return null;
        }
        QuoteCandidate q = c.quotes().get(n);
        for (LinkContext.Mention m : occasions(c)) {
            if (m.mention().sentence() == q.sentence() && c.attended(m.group(), speaker)) {
                return link(m.group());
            }
        }
        return null;
    }

    /**
     * "التقى الرئيس المكلف الكتلة القومية التي تحدث باسمها النائب فلان الذي قال: ...": the one occasion the
     * statement's own sentence narrates before it, whoever the speaker, when the names stage did not make him one of
     * its people. Never a future event, nor one of several the sentence names.
     */
    static Link occasionOfSentence(LinkContext c, int n) {
        QuoteCandidate q = c.quotes().get(n);
        int found = -1;
        for (LinkContext.Mention m : occasionsBefore(c, q)) {
            if (m.mention().sentence() != q.sentence()) {
                continue;
            }
            EventGrouper.Group g = c.groups().get(m.group());
            if (g.future || g.earlier || found >= 0 && found != m.group()) {
                return null;
            }
            found = m.group();
        }
        return found < 0 ? null : link(found);
    }

    /**
     * The occasion its speaker was last reported at: where the speaker's latest statement before this one was made,
     * else the last event named before the statement that the speaker took part in, also one named only in another's
     * words ("أفاد مصدر بأن الوزيرين أجريا محادثة هاتفية ... وبحسب المصدر، أكد الوزير أن ...").
     */
    static Link speakerLast(LinkContext c, int n) {
        Integer speaker = c.speakers().get(n).ref();
        if (speaker == null) {
            return null;
        }
        for (int k = n - 1; k >= 0; k--) {
            if (speaker.equals(c.speakers().get(k).ref()) && c.occasions().get(k).event() >= 0) {
                return c.occasions().get(k);
            }
        }
        int found = -1;
        for (LinkContext.Mention m : mentionsBefore(c, c.quotes().get(n))) {
            if (c.attended(m.group(), speaker)) {
                found = m.group();
            }
        }
        return found < 0 ? null : link(found);
    }

    /**
     * The occasion of the statement's paragraph that its speaker takes part in: the last one named before the
     * statement, else the first after it ("أكد X أن ... وقال X خلال مؤتمر صحفي ...": a paragraph that quotes first).
     */
    static Link speakerInParagraph(LinkContext c, int n) {
        return speakerAround(c, n, 0);
    }

    /**
     * A lead that quotes its speaker and names the occasion in the next paragraph ("أكد X أن ...\n جاء ذلك خلال
     * لقائه ..."): the first occasion after the statement, in its paragraph or the next, that the speaker takes part in.
     */
    static Link speakerAhead(LinkContext c, int n) {
        return speakerAround(c, n, 1);
    }

    private static Link speakerAround(LinkContext c, int n, int paragraphsAhead) {
        Integer speaker = c.speakers().get(n).ref();
        if (speaker == null) {
            return null;
        }
        QuoteCandidate q = c.quotes().get(n);
        int paragraph = c.sentences().get(q.sentence()).paragraph();
        LinkContext.Mention before = null;
        for (LinkContext.Mention m : occasions(c)) {
            int p = c.sentences().get(m.mention().sentence()).paragraph();
            if (p < paragraph || p > paragraph + paragraphsAhead || !c.attended(m.group(), speaker)) {
                continue;
            }
            if (m.mention().from() < q.from()) {
                before = p == paragraph ? m : before;
            } else {
                return link((before != null ? before : m).group());
            }
        }
        return before == null ? null : link(before.group());
    }

    /**
     * "أكد X أن ... (lead) ... وشدد X في مؤتمر صحفي عقده أمس على ...": a speaker the article places at one occasion
     * only, wherever it is named, spoke there; a speaker at two or more, or at none, is left to the rules before.
     */
    static Link speakerOnlyOccasion(LinkContext c, int n) {
        Integer speaker = c.speakers().get(n).ref();
        if (speaker == null) {
            return null;
        }
        int found = c.onlyOccasion().computeIfAbsent(speaker, s -> onlyOccasionOf(c, s)); // once per speaker
        return found < 0 ? null : link(found);
    }

    private static int onlyOccasionOf(LinkContext c, Integer speaker) {
        int found = -1;
        for (LinkContext.Mention m : occasions(c)) {
            EventGrouper.Group g = c.groups().get(m.group());
            if (g.future || g.earlier || !c.attended(m.group(), speaker) || m.group() == found) {
                continue;
            }
            if (found >= 0) {
                return -1;
            }
            found = m.group();
        }
        return found;
    }

    /**
     * "استقبل الرئيس فلان اليوم ... وقال المتحدث باسم الرئاسة إن الرئيس أكد ...": a spokesman speaking in the
     * paragraph of an event, or the one after, with no occasion of his own in the clause, reads that event out.
     */
    static Link spokesmanReadsOut(LinkContext c, int n) {
        Integer speaker = c.speakers().get(n).ref();
        if (speaker == null || !isSpokesman(c, speaker) || c.clauseOccasions().get(n) != null) {
            return null;
        }
        QuoteCandidate q = c.quotes().get(n);
        int paragraph = c.sentences().get(q.sentence()).paragraph();
        LinkContext.Mention last = null;
        for (LinkContext.Mention m : occasionsBefore(c, q)) {
            EventGrouper.Group g = c.groups().get(m.group());
            if (g.kind != EventKind.PRESS_BRIEFING && !g.future && !g.earlier) {
                last = m;
            }
        }
        return last == null || paragraph - c.sentences().get(last.mention().sentence()).paragraph() > 1 ? null
                : link(last.group());
    }

    private static boolean isSpokesman(LinkContext c, int person) {
        PersonRegistry.Entry p = c.registry().get(person);
        List<String> namings = new ArrayList<>(p.aliases);
        if (p.role != null) {
            namings.add(p.role);
        }
        for (String naming : namings) {
            for (String word : naming.split(" ")) {
                if (NameLexicon.SPOKESMAN_HEADS.contains(ArabicNormalizer.matchKey(word))) {
                    return true;
                }
            }
        }
        return false;
    }
}
