package org.newsgraph.extraction.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.newsgraph.extraction.lexicon.Affixes;
import org.newsgraph.extraction.names.NounPhrase;
import org.newsgraph.extraction.names.NounPhraseParser;
import org.newsgraph.extraction.tokens.Sentence;
import org.newsgraph.extraction.tokens.Token;
import org.newsgraph.text.LexiconFile;

/**
 * Several speakers of one statement: "وحذرت مصر والأردن من ..." (subjects joined by و after the verb) and "وتطالب
 * بالسيادة عليها كل من مصر والأردن" (subjects put after the content with "كل من"). Each speaker gets the statement.
 */
final class JointSubjects {

    private JointSubjects() {
    }

    /** "وبعض"، "وعدد من": a quantifier opening the next subject joined by و. */
    private static final Set<String> QUANTIFIERS = LexiconFile.withFlag("function-words.tsv", "joined-quantifier");
    /** "كل من": the subjects put after the verb follow it. */
    private static final WordPairs EACH_OF = new WordPairs(LexiconFile.withFlag("function-words.tsv", "each-of"));

    /**
     * The namings joined to {@code first} by و ("مصر والأردن وقطر"), without the first; the و may follow a comma
     * closing a long naming, or stand apart as scraped pages set it ("بين الوزير سالم حداد، و الوزير فادي منصور").
     */
    static List<NounPhrase> after(List<Token> tokens, Sentence s, NounPhrase first, NounPhraseParser parser) {
        List<NounPhrase> out = new ArrayList<>();
        NounPhrase last = first;
        int at;
        while ((at = joined(tokens, s, last.to())) >= 0 && last.kind() != null) {
            // "وبعض دول المنطقة": a quantifier before the second subject
            boolean some = at + 1 < s.to() && QUANTIFIERS.contains(tokens.get(at).key());
            // a و standing apart leaves the next word bare, a naming as in a subject's place
            NounPhrase next = parser.parse(some ? at + 1 : at, s.to(), tokens.get(at - 1).is(Affixes.CONJUNCTION_WA));
            if (some && next != null && next.kind() != null && !next.refersBack() && next.to() > at + 1) {
                out.add(next);
                last = next;
                continue;
            }
            if (next == null || next.kind() == null || next.refersBack() || next.to() <= at
                    || (!tokens.get(at - 1).is(Affixes.CONJUNCTION_WA)
                            && parser.surface(next.from(), next.from() + 1, true).startsWith(Affixes.CONJUNCTION_WA))) {
                break; // "وزير الخارجية" is a title, not "and" a speaker
            }
            out.add(next);
            last = next;
        }
        return out;
    }

    /** Where a naming joined by و starts at token i (its و attached, or apart after it, perhaps after a comma); -1 if none. */
    private static int joined(List<Token> tokens, Sentence s, int i) {
        int at = i < s.to() && tokens.get(i).isComma() ? i + 1 : i;
        if (at + 1 < s.to() && tokens.get(at).is(Affixes.CONJUNCTION_WA) && tokens.get(at + 1).word()) {
            return at + 1;
        }
        return at < s.to() && tokens.get(at).word() && tokens.get(at).key().startsWith(Affixes.CONJUNCTION_WA) ? at : -1;
    }

    /** Where the subjects start after a verb: after "كل من" ("ودان كل من مصر والأردن"), else at j. */
    static int afterKullMin(List<Token> tokens, int j, Sentence s) {
        return kullMin(tokens, j, s.to()) ? j + 2 : j;
    }

    private static boolean kullMin(List<Token> tokens, int i, int to) {
        return i + 2 < to && EACH_OF.at(tokens, i, to);
    }

    /**
     * "... كل من مصر والأردن" closing the statement: cuts it before "كل من" and returns the speakers, or an empty
     * list when the statement does not end so.
     */
    static List<NounPhrase> postposed(List<Token> tokens, Sentence s, QuoteDraft d, NounPhraseParser parser) {
        for (int i = d.from + 1; i + 2 < d.to; i++) {
            if (!kullMin(tokens, i, d.to)) {
                continue;
            }
            NounPhrase first = parser.parse(i + 2, s.to(), true);
            if (first == null || first.kind() == null) {
                return List.of();
            }
            List<NounPhrase> all = new ArrayList<>(List.of(first));
            all.addAll(after(tokens, s, first, parser));
            if (all.size() < 2 || all.get(all.size() - 1).to() < d.to) {
                return List.of();
            }
            d.to = StatementBounds.trimEnd(tokens, d.from, i);
            return all;
        }
        return List.of();
    }
}
