package org.newsgraph.extraction.quotes;

/**
 * The letters the quote stage reads as letters, not as words: the clitics written attached to a word, the article,
 * and the hamza that tells the إن of reported speech from أن. Words are in the lexicon files.
 */
final class Letters {

    /** و "and", attached ("والأردن") or standing apart as scraped pages set it ("و الأردن"). */
    static final String CONJUNCTION_WA = "و";
    /** ف "then", attached ("فقد اعتبر"، "فإنه"). */
    static final String CONJUNCTION_FA = "ف";
    /** بـ, attached ("بوحشية"، "بالقول"). */
    static final String PREPOSITION_BA = "ب";
    /** لـ, attached ("للصحفيين") or alone before marks ("لـ«الحياة»"). */
    static final String PREPOSITION_LAM = "ل";
    /** The definite article ("الوزير"). */
    static final String ARTICLE = "ال";
    /** لا opening a word of its own ("لا"، "لاحقا"), which is no لـ attached. */
    static final String LAM_ALEF = "لا";
    /** The alef with hamza below: "إن" after قال, where other verbs take "أن". */
    static final String ALEF_HAMZA_BELOW = "إ";

    private Letters() {
    }
}
