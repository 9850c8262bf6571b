package org.newsgraph.extraction.lexicon;

/**
 * The letters the event, date and link stages read as letters, not as words: the article, the one-letter clitics
 * written onto the next word, the person prefixes of the imperfect and the final letter of a defective verb. Word
 * lists are in the lexicon files; these are the spelling of the language itself.
 */
public final class Affixes {

    /** The definite article ("المباحثات"), in a match key. */
    public static final String ARTICLE = "ال";
    /** The conjunction و written onto the next word ("والعشرين"، "والـ24"). */
    public static final String CONJUNCTION_WA = "و";
    /** The conjunction و and the article, a token of its own before figures ("والـ24"). */
    public static final String CONJUNCTION_WA_ARTICLE = CONJUNCTION_WA + ARTICLE;
    /** The preposition بـ written onto the next word ("بزيارة"). */
    public static final String PREPOSITION_BI = "ب";
    /** The preposition لـ written onto the next word ("لزيارة"). */
    public static final String PREPOSITION_LI = "ل";
    /** لـ on the article, whose alef it drops ("للمكالمة" is لـ and "المكالمة"). */
    public static final String PREPOSITION_LI_ON_ARTICLE = "لل";
    /** The prefixes of the imperfect's third person, "he" and "she" ("يلتقي"، "تلتقي"). */
    public static final String IMPERFECT_HE = "ي";
    public static final String IMPERFECT_SHE = "ت";
    /** The final ى of a defective verb, as a match key folds it ("التقى" is "التقي"). */
    public static final String FINAL_YA = "ي";
    /** The alef that final ى becomes before an attached pronoun ("التقاه"). */
    public static final String ALEF = "ا";

    /** The conjunctions و and ف, the prepositions بـ، لـ، كـ and the future's سـ, as written onto the next word. */
    public static final char WA = 'و';
    public static final char FA = 'ف';
    public static final char BI = 'ب';
    public static final char LI = 'ل';
    public static final char KA = 'ك';
    public static final char FUTURE_SIN = 'س';

    private Affixes() {
    }

    /** The key without its article ("المجلس" → "مجلس"), or the key itself when it has none. */
    public static String withoutArticle(String key) {
        return key.startsWith(ARTICLE) ? key.substring(ARTICLE.length()) : key;
    }

    /** "للبيت" read as "البيت": the article whose alef لـ dropped; {@code key} starts with لل. */
    public static String articleAfterLi(String key) {
        return ARTICLE + key.substring(PREPOSITION_LI_ON_ARTICLE.length());
    }
}
