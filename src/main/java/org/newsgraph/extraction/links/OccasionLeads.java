package org.newsgraph.extraction.links;

import java.util.List;
import java.util.Map;

import org.newsgraph.extraction.events.EventGrouper;
import org.newsgraph.extraction.links.QuoteEventLinker.Link;
import org.newsgraph.extraction.quotes.QuoteCandidate;
import org.newsgraph.extraction.quotes.StatementBounds;
import org.newsgraph.extraction.tokens.Sentence;
import org.newsgraph.extraction.tokens.Token;
import org.newsgraph.kinds.EventKind;
import org.newsgraph.kinds.PersonKind;
import org.newsgraph.text.ArabicNormalizer;

/**
 * The journalist names the occasion after the words: "أكد X أن ...، وذلك خلال مؤتمر صحفي" in the statement's own
 * sentence, or "جاء ذلك خلال لقائه ..." opening a sentence after it (the leads and openers are in
 * {@code function-words.tsv}, see {@link StatementBounds#occasionAfter}); and a body speaking at the briefing its
 * spokesman holds.
 */
final class OccasionLeads {

    /** Words allowed between the opener and the event word ("على هامش أعمال المنتدى"). */
    private static final int GAP_WORDS = 1;

    private OccasionLeads() {
    }

    /** True when the mention is the occasion a lead right after the statement names ("، وذلك خلال المؤتمر"). */
    static boolean namedAfterStatement(LinkContext c, QuoteCandidate q, LinkContext.Mention m) {
        Sentence s = c.sentences().get(q.sentence());
        int at = q.to();
        while (at < s.to() && !c.tokens().get(at).word()) {
            at++;
        }
        return opens(c.tokens(), StatementBounds.occasionAfter(c.tokens(), at, s.to()), m);
    }

    /**
     * "أكد X أن ... وأضاف أن ... جاء ذلك خلال لقائه الوفد": the first occasion of a sentence opening with a lead,
     * later in the statement's paragraph (or first in the next, after a paragraph of its own), with no other
     * speaker's statement between.
     */
    static Link namedInNextSentence(LinkContext c, int n) {
        QuoteCandidate q = c.quotes().get(n);
        int paragraph = c.sentences().get(q.sentence()).paragraph();
        Integer speaker = c.speakers().get(n).ref();
        int k = n + 1; // the statements come in sentence order: one walk reads those of each sentence passed
        for (int t = q.sentence() + 1; t < c.sentences().size(); t++) {
            Sentence s = c.sentences().get(t);
            boolean firstOfNext = s.paragraph() == paragraph + 1 && c.sentences().get(t - 1).paragraph() == paragraph;
            if (s.paragraph() != paragraph && !firstOfNext) {
                return null;
            }
            if (c.leadOccasions()[t] >= 0) {
                return LinkContext.link(c.leadOccasions()[t]);
            }
            if (firstOfNext) {
                return null;
            }
            for (; k < c.quotes().size() && c.quotes().get(k).sentence() <= t; k++) {
                if (c.quotes().get(k).sentence() == t && (speaker == null || !speaker.equals(c.speakers().get(k).ref()))) {
                    return null; // another speaker's statement stands between
                }
            }
        }
        return null;
    }

    /**
     * For each sentence, the event it names as the occasion of the statements before it ("جاء ذلك خلال لقائه ..."),
     * or -1; found once per article, because every statement of a long paragraph looks ahead through it.
     */
    static int[] leadOccasions(List<Token> tokens, List<Sentence> sentences,
            Map<Integer, List<LinkContext.Mention>> mentionsBySentence, Map<Integer, List<QuoteCandidate>> quotesBySentence) {
        int[] out = new int[sentences.size()];
        for (int t = 0; t < sentences.size(); t++) {
            out[t] = -1;
            List<LinkContext.Mention> mentions = mentionsBySentence.getOrDefault(t, List.of());
            if (mentions.isEmpty()) {
                continue;
            }
            Sentence s = sentences.get(t);
            out[t] = ledOccasion(tokens, StatementBounds.occasionAfter(tokens, s.from(), s.to()), mentions);
            // "وذكر المتحدث أن ذلك جاء خلال لقاء ...": a spokesman's statement that is itself the lead
            for (QuoteCandidate q : quotesBySentence.getOrDefault(t, List.of())) {
                if (out[t] < 0) {
                    out[t] = ledOccasion(tokens, StatementBounds.occasionAfter(tokens, q.from(), q.to()), mentions);
                }
            }
        }
        return out;
    }

    private static int ledOccasion(List<Token> tokens, int occasion, List<LinkContext.Mention> mentions) {
        for (LinkContext.Mention m : mentions) {
            if (opens(tokens, occasion, m)) {
                return m.group();
            }
        }
        return -1;
    }

    /**
     * "وقال المتحدث باسم وزارة الخارجية X في الإيجاز الصحفي ... وأكدت وزارة الخارجية أن ...": a body (a state or an
     * institution) speaks at the last briefing of its paragraph, or of the paragraph before, held by one whose title
     * names it.
     */
    static Link bodyAtSpokesmansBriefing(LinkContext c, int n) {
        Integer speaker = c.speakers().get(n).ref();
        if (speaker == null || c.registry().get(speaker).kind == PersonKind.PERSON) {
            return null;
        }
        QuoteCandidate q = c.quotes().get(n);
        int paragraph = c.sentences().get(q.sentence()).paragraph();
        int found = -1;
        for (LinkContext.Mention m : LinkContext.occasionsBefore(c, q)) {
            EventGrouper.Group g = c.groups().get(m.group());
            int p = c.sentences().get(m.mention().sentence()).paragraph();
            if (g.kind == EventKind.PRESS_BRIEFING && paragraph - p <= 1 && heldForBody(c, g, speaker)) {
                found = m.group();
            }
        }
        return found < 0 ? null : LinkContext.link(found);
    }

    /** True when a participant's title names the body ("المتحدث باسم وزارة الخارجية الأردنية"). */
    private static boolean heldForBody(LinkContext c, EventGrouper.Group g, int body) {
        for (int p : g.participants) {
            String role = c.registry().get(p).role;
            if (role == null) {
                continue;
            }
            String title = " " + ArabicNormalizer.matchKey(role) + " ";
            for (String alias : c.registry().get(body).aliases) {
                String name = ArabicNormalizer.matchKey(alias);
                if (title.contains(" " + name + " ") || title.contains(" ب" + name + " ") || title.contains(" ل" + name + " ")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when the mention starts within a word of where the opener leaves off. */
    private static boolean opens(List<Token> tokens, int occasion, LinkContext.Mention m) {
        return occasion >= 0 && m.mention().from() >= occasion
                && LinkContext.wordsBetween(tokens, occasion, m.mention().from()) <= GAP_WORDS;
    }
}
