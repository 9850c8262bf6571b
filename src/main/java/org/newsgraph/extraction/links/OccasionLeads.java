package org.newsgraph.extraction.links;

import java.util.List;
import java.util.Map;

import org.newsgraph.extraction.events.EventGrouper;
import org.newsgraph.extraction.lexicon.Affixes;
import org.newsgraph.extraction.lexicon.GrammarWords;
import org.newsgraph.extraction.lexicon.NameLexicon;
import org.newsgraph.extraction.links.QuoteEventLinker.Link;
import org.newsgraph.extraction.names.PersonMention;
import org.newsgraph.extraction.names.PersonRegistry;
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
    /** Words allowed between the opener and the event word when a speech is named first ("في كلمة له بعد جلسة"). */
    private static final int SPEECH_GAP_WORDS = 4;
    /** Words a speech lead may name its speaker with before its verb or opener ("كلام الوزير سالم حداد جاء"). */
    private static final int SPEECH_LEAD_WORDS = 6;
    /** Paragraphs of the speaker's own statements a lead may follow the statement by. */
    private static final int LEAD_PARAGRAPHS = 3;
    /** Words an opener phrase may have ("على هامش"). */
    private static final int OPENER_WORDS = 2;
    /** Words of the place or time a lead's opener may govern before a comma and a second opener ("في عمان، خلال"). */
    private static final int REOPEN_WORDS = 8;

    private OccasionLeads() {
    }

    /** True when the mention is the occasion a lead right after the statement names ("، وذلك خلال المؤتمر"). */
    static boolean namedAfterStatement(LinkContext c, QuoteCandidate q, LinkContext.Mention m) {
        Sentence s = c.sentences().get(q.sentence());
        int at = q.to();
        while (at < s.to() && !c.tokens().get(at).word()) {
            at++;
        }
        // the occasion the lead names, or the one it narrows to ("جاء ذلك في ختام جولته، وفي مؤتمر صحفي")
        int occasion = StatementBounds.occasionAfter(c.tokens(), at, s.to());
        return occasion >= 0
                && ledOccasion(c.tokens(), occasion, s.to(), c.mentionsBySentence().getOrDefault(q.sentence(), List.of())) == m.group();
    }

    /**
     * "أكد X أن ... وأضاف أن ... جاء ذلك خلال لقائه الوفد": the first occasion of a sentence opening with a lead,
     * later in the statement's paragraph (or first in the next), with no other speaker's statement between; the walk
     * goes on into the following paragraphs while each paragraph it leaves ended with the speaker's own statement
     * ("قال X ...\n وأضاف X ...\n جاء ذلك خلال ..."), up to {@link #LEAD_PARAGRAPHS} paragraphs ahead.
     */
    static Link namedInNextSentence(LinkContext c, int n) {
        QuoteCandidate q = c.quotes().get(n);
        int paragraph = c.sentences().get(q.sentence()).paragraph();
        Integer speaker = c.speakers().get(n).ref();
        int k = n + 1; // the statements come in sentence order: one walk reads those of each sentence passed
        boolean speakerBefore = true; // the sentence before the one read holds the speaker's statement
        for (int t = q.sentence() + 1; t < c.sentences().size(); t++) {
            Sentence s = c.sentences().get(t);
            boolean newParagraph = s.paragraph() != c.sentences().get(t - 1).paragraph();
            boolean firstOfNext = newParagraph && s.paragraph() == paragraph + 1;
            if (newParagraph && !firstOfNext && (!speakerBefore || speaker == null || s.paragraph() > paragraph + LEAD_PARAGRAPHS)) {
                return null;
            }
            if (c.leadOccasions()[t] >= 0) {
                return speechOfAnother(c, t, speaker) ? null : LinkContext.link(c.leadOccasions()[t]);
            }
            if (firstOfNext && speaker == null) {
                return null;
            }
            speakerBefore = false;
            for (; k < c.quotes().size() && c.quotes().get(k).sentence() <= t; k++) {
                if (c.quotes().get(k).sentence() != t) {
                    continue;
                }
                if (speaker == null || !speaker.equals(c.speakers().get(k).ref())) {
                    return null; // another speaker's statement stands between
                }
                speakerBefore = true;
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
            int occasion = StatementBounds.occasionAfter(tokens, s.from(), s.to());
            out[t] = ledOccasion(tokens, occasion < 0 ? speechLead(tokens, s.from(), s.to()) : occasion, s.to(), mentions);
            // "وذكر المتحدث أن ذلك جاء خلال لقاء ...": a spokesman's statement that is itself the lead
            for (QuoteCandidate q : quotesBySentence.getOrDefault(t, List.of())) {
                if (out[t] < 0) {
                    out[t] = ledOccasion(tokens, StatementBounds.occasionAfter(tokens, q.from(), q.to()), q.to(), mentions);
                }
            }
        }
        return out;
    }

    private static int ledOccasion(List<Token> tokens, int occasion, int to, List<LinkContext.Mention> mentions) {
        int narrower = secondOpener(tokens, occasion, to);
        for (LinkContext.Mention m : mentions) {
            if (narrower >= 0 && opens(tokens, narrower, m)) {
                return m.group(); // "جاء ذلك في ختام جولته، وفي مؤتمر صحفي عقده": the occasion the lead narrows to
            }
        }
        for (LinkContext.Mention m : mentions) {
            if (opens(tokens, occasion, m)) {
                return m.group();
            }
        }
        int again = reopened(tokens, occasion, to, mentions);
        for (LinkContext.Mention m : mentions) {
            if (again >= 0 && opens(tokens, again, m)) {
                return m.group();
            }
        }
        return -1;
    }

    /**
     * "جاء ذلك في العاصمة عمان، خلال لقائه ..."، "جاء ذلك في وقت متأخر من مساء الاثنين، في مؤتمر صحفي": the lead's
     * opener governs a place or a time (no event) up to a comma, and a second opener right after the comma names the
     * occasion; the token after that second opener, or -1.
     */
    private static int reopened(List<Token> tokens, int occasion, int to, List<LinkContext.Mention> mentions) {
        if (occasion < 0) {
            return -1;
        }
        int words = 0;
        for (int j = occasion; j < to && words <= REOPEN_WORDS; j++) {
            Token t = tokens.get(j);
            if (t.isComma()) {
                return j + 1 < to && tokens.get(j + 1).word() ? openerEnd(tokens, j + 1, to) : -1;
            }
            for (LinkContext.Mention m : mentions) {
                if (m.mention().from() == j) {
                    return -1; // the opener governs an event: the lead names it, or nothing
                }
            }
            words += t.word() ? 1 : 0;
        }
        return -1;
    }

    /** The token after a second opener following the first one's phrase and a comma ("في ختام جولته، وفي"), or -1. */
    private static int secondOpener(List<Token> tokens, int occasion, int to) {
        if (occasion < 0) {
            return -1;
        }
        int words = 0;
        for (int j = occasion; j + 1 < to && words <= REOPEN_WORDS; j++) {
            if (tokens.get(j).isComma()) {
                return tokens.get(j + 1).word() ? openerEnd(tokens, j + 1, to) : -1;
            }
            words += tokens.get(j).word() ? 1 : 0;
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
        int sentence = q.sentence();
        int paragraph = c.sentences().get(sentence).paragraph();
        int found = -1;
        for (LinkContext.Mention m : c.occasionMentions()) {
            EventGrouper.Group g = c.groups().get(m.group());
            int s = m.mention().sentence();
            int p = c.sentences().get(s).paragraph();
            // the last briefing before it in its paragraph or the one before, else one the next sentence of its
            // paragraph names ("وطالبت باكستان الهند بـ... وقال المتحدث باسم الخارجية الباكستانية في الإيجاز ...")
            boolean before = m.mention().from() < q.from() && paragraph - p <= 1;
            boolean next = found < 0 && s == sentence + 1 && p == paragraph;
            if (g.kind == EventKind.PRESS_BRIEFING && (before || next) && heldForBody(c, g, speaker)) {
                found = m.group();
            }
        }
        return found < 0 ? null : LinkContext.link(found);
    }

    /**
     * True when a participant's title names the body ("المتحدث باسم وزارة الخارجية الأردنية"), or the state by its
     * nationality ("الخارجية الباكستانية" speaks for باكستان).
     */
    private static boolean heldForBody(LinkContext c, EventGrouper.Group g, int body) {
        PersonRegistry.Entry entry = c.registry().get(body);
        boolean state = NameLexicon.isState(entry.displayName());
        for (int p : g.participants) {
            String role = c.registry().get(p).role;
            if (role == null) {
                continue;
            }
            String title = " " + ArabicNormalizer.matchKey(role) + " ";
            for (String alias : entry.aliases) {
                String name = ArabicNormalizer.matchKey(alias);
                if (title.contains(" " + name + " ") || title.contains(" " + Affixes.PREPOSITION_BI + name + " ")
                        || title.contains(" " + Affixes.PREPOSITION_LI + name + " ")) {
                    return true;
                }
                if (state && namesNationality(title, ArabicNormalizer.skeleton(alias))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean namesNationality(String title, String stateSkeleton) {
        for (String word : title.trim().split(" ")) {
            if (stateSkeleton.equals(NameLexicon.nationality(word))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "كلام جعجع جاء خلال استقباله ..."، "وجاءت تصريحات الوزير سالم حداد في ...": a sentence that opens with the
     * speech (and its speaker) and says where it was given; the token after the opener, or -1.
     */
    static int speechLead(List<Token> tokens, int from, int to) {
        int i = from;
        boolean came = i < to && tokens.get(i).word() && LinkContext.CAME.contains(tokens.get(i).key());
        i += came ? 1 : 0;
        if (i >= to || !tokens.get(i).word() || !LinkContext.SPEECH.contains(ArabicNormalizer.withoutProclitic(tokens.get(i).key()))) {
            return -1;
        }
        for (int j = i + 1; j < Math.min(to, i + 1 + SPEECH_LEAD_WORDS); j++) {
            Token t = tokens.get(j);
            if (!t.word() && !t.isComma()) {
                return -1;
            }
            if (t.word() && !came && LinkContext.CAME.contains(t.key())) {
                came = true;
            } else if (t.word() && came) {
                int end = openerEnd(tokens, j, to);
                if (end >= 0) {
                    return end;
                }
            }
        }
        return -1;
    }

    /** True when the sentence is a speech lead naming someone other than the speaker ("كلام داود جاء خلال ..."). */
    private static boolean speechOfAnother(LinkContext c, int sentence, Integer speaker) {
        Sentence s = c.sentences().get(sentence);
        int opened = speechLead(c.tokens(), s.from(), s.to());
        if (opened < 0) {
            return false;
        }
        boolean named = false;
        for (PersonMention p : c.people().getOrDefault(sentence, List.of())) {
            if (p.from() < opened) {
                named = true;
                if (speaker != null && p.ref() == speaker) {
                    return false;
                }
            }
        }
        return named;
    }

    /** The token after an occasion opener ("خلال"، "على هامش") starting at {@code at}, or -1. */
    private static int openerEnd(List<Token> tokens, int at, int to) {
        StringBuilder key = new StringBuilder();
        int found = -1;
        for (int j = at; j < Math.min(to, at + OPENER_WORDS) && tokens.get(j).word(); j++) {
            // "، وفي مؤتمر صحفي": the second opener may be joined by و
            String k = tokens.get(j).key();
            key.append(j > at ? " " : "").append(j == at && k.length() > 2 && k.charAt(0) == Affixes.WA ? k.substring(1) : k);
            found = GrammarWords.OCCASION_OPENERS.contains(key.toString()) ? j + 1 : found;
        }
        return found;
    }

    /**
     * True when the mention starts within a word of where the opener leaves off, or a few words when a speech is
     * named first ("، وذلك في كلمة له بعد جلسة لمجلس الأمن").
     */
    private static boolean opens(List<Token> tokens, int occasion, LinkContext.Mention m) {
        if (occasion < 0 || m.mention().from() < occasion) {
            return false;
        }
        boolean speech = tokens.get(occasion).word()
                && LinkContext.SPEECH.contains(ArabicNormalizer.withoutProclitic(tokens.get(occasion).key()));
        return LinkContext.wordsBetween(tokens, occasion, m.mention().from()) <= (speech ? SPEECH_GAP_WORDS : GAP_WORDS);
    }
}
