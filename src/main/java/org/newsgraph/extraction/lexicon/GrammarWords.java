package org.newsgraph.extraction.lexicon;

import java.util.Set;

import org.newsgraph.text.LexiconFile;

/**
 * Closed-class words that several stages read: relative pronouns, prepositions, adverbials, the prepositions that mark
 * an object, and the words naming several speakers at once.
 */
public final class GrammarWords {

    /** Relative pronouns: a naming right after one is inside a relative clause, not the subject of the sentence. */
    public static final Set<String> RELATIVES = LexiconFile.words("relatives.txt");
    /** Prepositions before a naming that make it an object ("مع بوتين"، "ضد الحوثيين"), not a subject. */
    public static final Set<String> OBJECT_MARKERS = LexiconFile.words("object-markers.txt");
    /** Prepositions that may govern a statement or open a circumstance ("من"، "على"، "إلى"). */
    public static final Set<String> PREPOSITIONS = LexiconFile.withFlag("function-words.tsv", "preposition");
    /** Words passed over between a verb and what follows it ("أيضا"، "أمس"، "اليوم"). */
    public static final Set<String> ADVERBIALS = LexiconFile.withFlag("function-words.tsv", "adverbial");
    /** Words opening the occasion of a statement ("في"، "خلال"، "على هامش"): where and when it was said. */
    public static final Set<String> OCCASION_OPENERS = LexiconFile.withFlag("function-words.tsv", "occasion-opener");
    /** Leads naming where what was said before was said ("جاء ذلك خلال"، "وجاءت تصريحاته في"), phrases as match keys. */
    public static final Set<String> OCCASION_LEADS = LexiconFile.withFlag("function-words.tsv", "occasion-lead");
    /** Negation particles ("لا"، "لم"، "لن"، "ما"): a cue or an event word right after one is denied. */
    /** "نفس"، "ذات" before a definite head: "the same" one, named before. */
    public static final Set<String> SAME = LexiconFile.withFlag("function-words.tsv", "same");
    public static final Set<String> NEGATIONS = LexiconFile.withFlag("function-words.tsv", "negation");
    /** "عدم"، "بعدم": the reporting word after it is a negated verbal noun ("طلب عدم ذكر اسمه"), no cue. */
    public static final Set<String> NEGATING_NOUNS = LexiconFile.withFlag("function-words.tsv", "negating-noun");
    /** "تم"، "جرى" after "أنه": the pronoun is the dummy "it" ("أنه تم الاتفاق على"), nobody who acts. */
    public static final Set<String> IMPERSONAL_VERBS = LexiconFile.withFlag("function-words.tsv", "impersonal");
    /** "خبر"، "عاجل": a label over a headline's speaker ("خبر عضو الوفد: ..."), no part of the naming. */
    public static final Set<String> KICKERS = LexiconFile.withFlag("function-words.tsv", "kicker");
    /** "ما" as "what" ("ما وصفه"، "بعد ما التقى"): a verb after it is no denial. */
    public static final Set<String> RELATIVE_WHAT = LexiconFile.withFlag("function-words.tsv", "relative-what");
    /** "من"، "ومن" before a side noun: "من جهته"، "ومن جانبها" ("for his part"). */
    public static final Set<String> SIDE_LEADS = LexiconFile.withFlag("function-words.tsv", "side-lead");
    /** Stems of "side" that take any pronoun after a side lead ("جهته"، "جانبهم"). */
    public static final Stems SIDE_NOUNS = new Stems(LexiconFile.withFlag("function-words.tsv", "side-noun"));
    /** Two or more speakers named at once ("الجانبان"، "الطرفين"). */
    public static final Set<String> COLLECTIVE_SPEAKERS = LexiconFile.words("collective-speakers.txt");

    private GrammarWords() {
    }
}
