package org.newsgraph.extraction.names;

import static org.newsgraph.extraction.lexicon.Affixes.ARTICLE;
import static org.newsgraph.extraction.lexicon.Affixes.CONJUNCTION_WA_ARTICLE;
import static org.newsgraph.extraction.lexicon.Affixes.FA;
import static org.newsgraph.extraction.lexicon.Affixes.FEMININE_PLURAL;
import static org.newsgraph.extraction.lexicon.Affixes.IMPERFECT_DUAL;
import static org.newsgraph.extraction.lexicon.Affixes.IMPERFECT_PLURAL;
import static org.newsgraph.extraction.lexicon.Affixes.KA;
import static org.newsgraph.extraction.lexicon.Affixes.NISBA;
import static org.newsgraph.extraction.lexicon.Affixes.NISBA_FEMININE;
import static org.newsgraph.extraction.lexicon.Affixes.PERFECT_DUAL;
import static org.newsgraph.extraction.lexicon.Affixes.PERFECT_PLURAL;
import static org.newsgraph.extraction.lexicon.Affixes.PREPOSITION_BI_ON_ARTICLE;


import org.newsgraph.extraction.lexicon.Affixes;
import org.newsgraph.extraction.lexicon.CueLexicon;
import org.newsgraph.extraction.lexicon.EventLexicon;

/**
 * What the shape of a word tells about whether it belongs to a name, for {@link PersonNames}: plurals, verbal nouns
 * and verbs agreeing with a subject end a name, a nisba is a family name. Arabic has no capitals, so the shape and
 * the lexicons are all there is.
 */
final class WordShapes {

    private WordShapes() {
    }

    /** The article after ف and كـ ("فالوزير"، "كالعادة"). */
    private static final String FA_ARTICLE = FA + ARTICLE;
    private static final String KA_ARTICLE = KA + ARTICLE;

    /**
     * Plurals (ات), abstract nouns (ية), feminine past verbs (تطرقت), the تفاعل pattern (تناول، تبادل) and words
     * glued to a preposition and article (بال...) are no names.
     */
    static boolean looksLikeCommonNoun(String k) {
        int n = k.length();
        return k.startsWith(PREPOSITION_BI_ON_ARTICLE) || k.startsWith(CONJUNCTION_WA_ARTICLE)
                || k.startsWith(FA_ARTICLE) || k.startsWith(KA_ARTICLE)
                || (n == 5 && k.charAt(0) == 'ت' && k.charAt(2) == 'ا')
                || (n >= 5 && (k.endsWith(FEMININE_PLURAL) || k.endsWith(NISBA_FEMININE)
                        || (k.charAt(0) == 'ت' && k.charAt(n - 1) == 'ت')));
    }

    /**
     * A nisba of five letters or more ("تميمي" of التميمي، "تونسي"): a family name, where تفعّل verbal nouns of weak
     * roots are shorter ("تحدي"، "تصدي") and other verbal nouns starting with ت do not end in ي.
     */
    static boolean isNisba(String stem) {
        return stem.length() >= 5 && stem.endsWith(NISBA);
    }

    /**
     * "بحثا"، "يبحثان"، "أكدوا": a verb the lexicons list, alone or with the dual or plural ending agreeing with
     * the subject before it, ends the name ("فادي منصور بحثا العلاقات").
     */
    static boolean isAgreeingVerb(String k) {
        if (isListedVerb(k)) {
            return true;
        }
        for (String ending : VERB_ENDINGS) {
            if (k.length() - ending.length() >= 3 && k.endsWith(ending) && isListedVerb(k.substring(0, k.length() - ending.length()))) {
                return true;
            }
        }
        return false;
    }

    /** Dual and plural subject endings of perfect and imperfect verbs. */
    private static final String[] VERB_ENDINGS = {PERFECT_PLURAL, IMPERFECT_PLURAL, IMPERFECT_DUAL, PERFECT_DUAL};

    private static boolean isListedVerb(String k) {
        return EventLexicon.VERBS.containsKey(k) || EventLexicon.MEETING_VERBS.contains(k)
                || EventLexicon.SCHEDULED_VERBS.contains(k) || CueLexicon.isCueForm(k);
    }

    /**
     * "خوسيه"، "أندريه"، "رينيه": a foreign given name written with a final ه, not ة, after ي; its key ends like an
     * abstract noun ("تنمية") but its written form does not. With the article it stays a noun ("الخارجيه").
     */
    static boolean isForeignNameInYehHeh(String text, String key) {
        return !key.startsWith(ARTICLE) && text.endsWith(NISBA + Affixes.PRONOUN_HIS) && key.length() >= 4;
    }

    /**
     * "ينشط"، "يبحث"، "تشيد": the imperfect of a three-letter verb, ي or ت and three letters with no long vowel, is a
     * verb after its subject in a headline ("الرئيس تبون ينشط ندوة صحفية"), never a second name; names of that length
     * carry a long vowel ("يوسف"، "يزيد"، "تميم").
     */
    static boolean looksLikeImperfectVerb(String k) {
        return k.length() == 4 && opensLikeImperfect(k)
                && !isLongVowel(k.charAt(1)) && !isLongVowel(k.charAt(2)) && !isLongVowel(k.charAt(3));
    }

    /** The imperfect's ي or ت opening a word of four letters or more ("يتوسط"، "تبحث"). */
    static boolean opensLikeImperfect(String k) {
        return k.length() >= 4 && (k.startsWith(Affixes.IMPERFECT_HE) || k.startsWith(Affixes.IMPERFECT_SHE));
    }

    /**
     * "وتترأسها فرنسا"، "يرأسهما"، "تبحثها": an imperfect with an object pronoun attached is a verb and its object,
     * never a name (no name ends in ها or هما/هم after the imperfect's prefix and a root).
     */
    static boolean looksLikeImperfectWithObject(String k) {
        return k.length() >= 6 && opensLikeImperfect(k) && (k.endsWith(Affixes.PRONOUN_HER)
                || k.endsWith(Affixes.PRONOUN_THEIR_TWO) || k.endsWith(Affixes.PRONOUN_THEIR));
    }

    /**
     * "استهل"، "استعرض"، "استنكر": the perfect of the استفعل form, five letters with no long vowel after است, is a
     * verb after its subject ("الرئيس استهل اللقاء"), never a name; names in است carry a vowel ("استيفان").
     */
    static boolean looksLikeTenthFormPerfect(String k) {
        return k.length() == 5 && k.charAt(0) == 'ا' && k.charAt(1) == 'س' && k.charAt(2) == 'ت'
                && !isLongVowel(k.charAt(3)) && !isLongVowel(k.charAt(4));
    }

    /**
     * "توجّه"، "تقدّم"، "تسلّمت": the perfect of the تفعّل form written with its shadda on the second root letter is a
     * verb after its subject ("النائب سالم حداد توجّه إلى"), never a name; a name's shadda stands elsewhere ("تمّام").
     */
    static boolean looksLikeFifthFormPerfect(String text) {
        StringBuilder letters = new StringBuilder();
        int shaddaAfter = -1;
        for (int n = 0; n < text.length(); n++) {
            char c = text.charAt(n);
            if (c == SHADDA) {
                shaddaAfter = letters.length();
            } else if (c >= '\u0621' && c <= '\u064A' && c != '\u0640') {
                letters.append(c);
            }
        }
        int n = letters.length();
        boolean ending = n == 4 || (n == 5 && (letters.charAt(4) == 'ت' || letters.charAt(4) == 'ا'));
        return ending && letters.charAt(0) == 'ت' && shaddaAfter == 3;
    }

    private static final char SHADDA = '\u0651';

    static boolean isLongVowel(char c) {
        return c == 'ا' || c == 'و' || c == 'ي' || c == 'ى';
    }

    /**
     * A verbal noun of a derived form with a possessive pronoun: تفاعل (تفاؤله، تضامنها), افتعال (اهتمامه), استفعال
     * (استعداده), تفعيل and إفعال. What a speaker expresses, right after his title, is never his name.
     */
    static boolean looksLikeVerbalNounWithPronoun(String k) {
        for (String p : EventLexicon.POSSESSIVES) {
            if (k.endsWith(p) && k.length() > p.length() + 3) {
                String stem = k.substring(0, k.length() - p.length());
                int n = stem.length();
                return looksLikeVerbalNoun(stem)
                        || (n == 5 && stem.charAt(0) == 'ت' && stem.charAt(2) == 'ا')
                        || (n == 6 && stem.charAt(0) == 'ا' && stem.charAt(2) == 'ت' && stem.charAt(4) == 'ا')
                        || (n == 7 && stem.startsWith("است") && stem.charAt(5) == 'ا');
            }
        }
        return false;
    }

    /** تفعيل and إفعال patterns (تقديم، إعلان) are verbal nouns, the object after a name, not a third name. */
    static boolean looksLikeVerbalNoun(String k) {
        return k.length() == 5 && ((k.charAt(0) == 'ت' && k.charAt(3) == 'ي') || (k.charAt(0) == 'ا' && k.charAt(3) == 'ا'));
    }
}
