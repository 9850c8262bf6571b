package org.newsgraph.extraction.lexicon;

import org.newsgraph.text.ArabicNormalizer;

/**
 * The letters the extraction stages read as letters, not as words: the article, the one-letter clitics written onto
 * the next word, the person prefixes and subject endings of verbs, the endings of nouns (feminine, nisba, plural,
 * dual, accusative), the attached pronouns and the final letter of a defective verb. Word lists are in the lexicon
 * files; these are the spelling of the language itself.
 */
public final class Affixes {

    /** The definite article ("المباحثات"), in a match key. */
    public static final String ARTICLE = ArabicNormalizer.ARTICLE;
    /** The conjunction و written onto the next word ("والعشرين"، "والـ24"), or apart as scraped pages set it ("و الأردن"). */
    public static final String CONJUNCTION_WA = ArabicNormalizer.CONJUNCTION_WA;
    /** The conjunction ف written onto the next word ("فقد اعتبر"، "فإنه"). */
    public static final String CONJUNCTION_FA = ArabicNormalizer.CONJUNCTION_FA;
    /** The conjunction و and the article, a token of its own before figures ("والـ24"). */
    public static final String CONJUNCTION_WA_ARTICLE = CONJUNCTION_WA + ARTICLE;
    /** The preposition بـ written onto the next word ("بزيارة"). */
    public static final String PREPOSITION_BI = ArabicNormalizer.PREPOSITION_BI;
    /** The preposition لـ written onto the next word ("لزيارة"). */
    public static final String PREPOSITION_LI = ArabicNormalizer.PREPOSITION_LI;
    /** لـ on the article, whose alef it drops ("للمكالمة" is لـ and "المكالمة"). */
    public static final String PREPOSITION_LI_ON_ARTICLE = PREPOSITION_LI + PREPOSITION_LI;
    /** لا opening a word of its own ("لا"، "لاحقا"), which is no لـ attached. */
    public static final String LAM_ALEF = "لا";
    /** The alef with hamza below: "إن" after قال, where other verbs take "أن". */
    public static final String ALEF_HAMZA_BELOW = "إ";
    /** The prefixes of the imperfect's third person, "he" and "she" ("يلتقي"، "تلتقي"). */
    public static final String IMPERFECT_HE = "ي";
    public static final String IMPERFECT_SHE = "ت";
    /** The final ى of a defective verb, as a match key folds it ("التقى" is "التقي"). */
    public static final String FINAL_YA = "ي";
    /** The alef that final ى becomes before an attached pronoun ("التقاه"). */
    public static final String ALEF = "ا";
    /** The hamza on the line, after alif in "لقاء" (which takes no alif of tanween). */
    public static final String HAMZA = "ء";

    /** بـ on the article ("بالعلاقات"): a preposition the verb governs, no part of a name. */
    public static final String PREPOSITION_BI_ON_ARTICLE = PREPOSITION_BI + ARTICLE;
    /** The ة of a feminine noun as written ("وزيرة"، "الهيئة"). */
    public static final String TA_MARBUTA = "ة";
    /** ة as a match key folds it ("وزيره"): the feminine ending of a key. */
    public static final String TA_MARBUTA_KEY = "ه";
    /** The ت that ة becomes before an ending ("فخامتها"، "وزيرتا"). */
    public static final String OPEN_TA = "ت";
    /** The ت that opens the verbal nouns تفعيل and تفاعل ("تقديم"، "تبادل"), which no family name has. */
    public static final String PATTERN_TA = "ت";
    /** ى as written: "على" is the preposition where the key "علي" is also the name. */
    public static final String ALEF_MAQSURA = "ى";
    /** The attached pronouns "his", "her" and "their" ("سموه"، "فخامتها"، "لمحاورهم"). */
    public static final String PRONOUN_HIS = "ه";
    public static final String PRONOUN_HER = "ها";
    public static final String PRONOUN_THEIR = "هم";
    /** "their" of two and of women, and "your" of several ("أنهما"، "أنهن"، "أنكم"): others than the one speaking. */
    public static final String PRONOUN_THEIR_TWO = "هما";
    public static final String PRONOUN_THEIR_FEMININE = "هن";
    public static final String PRONOUN_YOUR_PLURAL = "كم";
    /** The nisba ending of a relation or nationality ("الأردني"، "تميمي"), and its feminine ("السعودية"). */
    public static final String NISBA = "ي";
    public static final String NISBA_FEMININE = NISBA + TA_MARBUTA_KEY;
    /** The sound plurals: feminine ("السلطات"), masculine nominative ("مسؤولون") and oblique ("المواطنين"). */
    public static final String FEMININE_PLURAL = "ات";
    public static final String MASCULINE_PLURAL = "ون";
    public static final String MASCULINE_PLURAL_OBLIQUE = "ين";
    /** The endings of a dual noun, nominative ("وزيرا") and oblique ("وزيري"). */
    public static final String DUAL = ALEF;
    public static final String DUAL_OBLIQUE = "ي";
    /** The accusative ending of an indefinite noun ("إنجازا"، "مسارا"). */
    public static final String ACCUSATIVE = ALEF;
    /**
     * The subject endings of a verb after "he": perfect plural ("أكدوا") and dual ("بحثا"), imperfect plural ("يؤكدون",
     * the noun's plural ending) and dual ("يبحثان").
     */
    public static final String PERFECT_PLURAL = "وا";
    public static final String PERFECT_DUAL = DUAL;
    public static final String IMPERFECT_PLURAL = MASCULINE_PLURAL;
    public static final String IMPERFECT_DUAL = "ان";

    /** The conjunctions و and ف, the prepositions بـ، لـ، كـ and the future's سـ, as letters of a word. */
    public static final char WA = CONJUNCTION_WA.charAt(0);
    public static final char FA = CONJUNCTION_FA.charAt(0);
    public static final char BI = PREPOSITION_BI.charAt(0);
    public static final char LI = PREPOSITION_LI.charAt(0);
    public static final char KA = ArabicNormalizer.PREPOSITION_KA.charAt(0);
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

    /** "وزيرة" as the stem an ending is written onto, "وزيرت" ("وزيرتا"، "فخامتها"); other keys unchanged. */
    public static String stemBeforeEnding(String key) {
        return key.endsWith(TA_MARBUTA_KEY) ? key.substring(0, key.length() - TA_MARBUTA_KEY.length()) + OPEN_TA : key;
    }
}
