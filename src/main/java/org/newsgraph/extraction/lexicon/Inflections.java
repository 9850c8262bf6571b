package org.newsgraph.extraction.lexicon;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import org.newsgraph.text.ArabicNormalizer;
import org.newsgraph.text.LexiconFile;

/**
 * The affixes of {@code lexicon/inflections.tsv}: the persons of the perfect and imperfect, the adverbial participle's
 * endings, the attached pronouns, the verbal noun's article, the attached conjunctions and the plural of a relational
 * adjective. {@link ReportingForms} builds a reporting lemma's forms with them; the quote stage reads a verb's number
 * and person by them ("قالوا" is plural, "يؤكدان" dual).
 */
public final class Inflections {

    /** A line of the file, named there in lower case with hyphens ({@code PERFECT_SHE} is "perfect-she"). */
    public enum Affix {
        PERFECT_SHE, PERFECT_THEY_TWO_FEMININE, PERFECT_THEY, PERFECT_THEY_TWO, PERFECT_THEY_TWO_AFTER_ALIF, PERFECT_WE,
        IMPERFECT_HE, IMPERFECT_SHE, IMPERFECT_THEY_TWO, IMPERFECT_THEY_TWO_FEMININE, IMPERFECT_THEY,
        PARTICIPLE_HE, PARTICIPLE_SHE, PARTICIPLE_THEY, PARTICIPLE_THEY_TWO_FEMININE, PARTICIPLE_THEY_FEMININE,
        PRONOUN_HE, PRONOUN_SHE, PRONOUN_THEY, PRONOUN_THEY_TWO,
        FEMININE_NOUN, FEMININE_NOUN_BEFORE_PRONOUN,
        VERBAL_NOUN_DEFINITE, VERBAL_NOUN_AFTER_BA,
        CONJUNCTION_WA, CONJUNCTION_FA,
        RELATIONAL_PLURAL, RELATIONAL_PLURAL_OBLIQUE;

        String fileName() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private static final String FILE = "inflections.tsv";
    private static final String NONE = "-";

    /** An affix folded with the text's match key, and its suffix as the file writes it. */
    private record Spelling(String prefix, String suffix, String writtenSuffix) {
    }

    private static final Map<Affix, Spelling> SPELLINGS = load();

    private Inflections() {
    }

    private static Map<Affix, Spelling> load() {
        Map<String, Affix> byName = new java.util.HashMap<>();
        for (Affix a : Affix.values()) {
            byName.put(a.fileName(), a);
        }
        Map<Affix, Spelling> out = new EnumMap<>(Affix.class);
        for (LexiconFile.Entry e : LexiconFile.entries(FILE, 3)) {
            Affix a = byName.get(e.column(0));
            if (a == null) {
                throw e.error("unknown form " + e.column(0) + ", expected one of " + byName.keySet());
            }
            String suffix = e.column(2).equals(NONE) ? "" : e.column(2);
            out.put(a, new Spelling(folded(e.column(1)), ArabicNormalizer.matchKey(suffix), suffix));
        }
        for (Affix a : Affix.values()) {
            if (!out.containsKey(a)) {
                throw new IllegalStateException("lexicon/" + FILE + ": no line for form " + a.fileName());
            }
        }
        return out;
    }

    private static String folded(String column) {
        return column.equals(NONE) ? "" : ArabicNormalizer.matchKey(column);
    }

    /** The affix's prefix as a match key, empty for none. */
    public static String prefix(Affix a) {
        return SPELLINGS.get(a).prefix();
    }

    /** The affix's suffix as a match key, empty for none. */
    public static String suffix(Affix a) {
        return SPELLINGS.get(a).suffix();
    }

    /** The affix's suffix as the file writes it (ة, not its match key ه), for words not yet folded. */
    public static String writtenSuffix(Affix a) {
        return SPELLINGS.get(a).writtenSuffix();
    }

    /** "قالوا"، "يؤكدون": the match key ends as a plural verb does. */
    public static boolean pluralVerb(String key) {
        return key.endsWith(suffix(Affix.PERFECT_THEY)) || key.endsWith(suffix(Affix.IMPERFECT_THEY));
    }

    /** "وأكدا"، "يؤكدان": the match key ends as a dual verb does ("أكدوا" is plural). */
    public static boolean dualVerb(String key) {
        return (key.endsWith(suffix(Affix.PERFECT_THEY_TWO)) && !key.endsWith(suffix(Affix.PERFECT_THEY)))
                || key.endsWith(suffix(Affix.IMPERFECT_THEY_TWO));
    }

    /** "مؤكدا"، "مشيرا": the match key ends as a masculine participle in the accusative, used adverbially. */
    public static boolean adverbialParticiple(String key) {
        return key.endsWith(suffix(Affix.PARTICIPLE_HE));
    }
}
