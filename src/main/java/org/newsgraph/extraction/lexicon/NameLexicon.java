package org.newsgraph.extraction.lexicon;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.newsgraph.extraction.tokens.Token;
import org.newsgraph.text.ArabicNormalizer;
import org.newsgraph.text.LexiconFile;

/** Words that build speaker and participant names: titles, institutions, anonymous sources, and words that end a name. */
public final class NameLexicon {

    /** Heads of a person's title; the title then runs over definite words, ل-phrases and باسم. */
    public static final Set<String> TITLE_HEADS = LexiconFile.keys("titles.tsv", 2);
    /** Indefinite heads whose next word is their complement, never a name ("وزير الخارجية"، "رئيس الحكومة"). */
    public static final Set<String> CONSTRUCT_TITLES = LexiconFile.withFlag("titles.tsv", "construct");
    /** Indefinite ruler titles that are also given names ("حسين أمير عبد اللهيان"): titles only at a name's start. */
    public static final Set<String> NAME_OR_TITLE = LexiconFile.withFlag("titles.tsv", "given-name");
    /** Leader titles, which a bare "نظيره الروسي / الزعيم الروسي / الرئيس الروسي" refers to. */
    /** Plural titles ("قادة"): several people, whom a plural verb may stand for. */
    public static final Set<String> PLURAL_TITLES = LexiconFile.withFlag("titles.tsv", "plural");
    public static final Set<String> LEADER_HEADS = LexiconFile.withFlag("titles.tsv", "leader");
    /**
     * Dual construct titles ("وزيرا الخارجية"، "وزيري خارجية البلدين"، "رئيستا الحكومتين"): two holders of one office,
     * generated from the singular construct heads in the nominative (ا) and the oblique (ي); a feminine head's ة
     * becomes ت. Given names among the heads ("أمين") are left out, as "أمينا" is also an adverb.
     */
    public static final Set<String> DUAL_TITLE_HEADS = dualTitleHeads();
    /**
     * Definite titles in the dual, nominative (ان) and oblique (ين), generated from the definite singular titles
     * ("الرئيسان"، "الوزيرين"، "الأميران"): the pair's names may follow them, as a holder's name follows "الرئيس".
     */
    private static final java.util.Map<String, String> SINGULAR_OF_DUAL = singularOfDual();
    public static final Set<String> DEFINITE_DUAL_TITLES = SINGULAR_OF_DUAL.keySet();
    /** Courtesy titles ("الشيخ"، "الأمير"، "الدكتور") that may stand between a role and the name, no part of the role. */
    public static final Set<String> COURTESY_TITLES = LexiconFile.withFlag("titles.tsv", "courtesy");
    /** Titles of those who speak for a principal ("المتحدث باسم الرئاسة"، "الناطق الرسمي"). */
    public static final Set<String> SPOKESMAN_HEADS = LexiconFile.withFlag("titles.tsv", "spokesman");
    /** Title heads taking a لـ complement of two words ("المبعوث الأمريكي لعملية السلام"). */
    public static final Set<String> LI_COMPLEMENT_HEADS = LexiconFile.withFlag("titles.tsv", "li-complement");
    /** Nouns heading a title's complement ("وزير الخارجية"، "الأمين العام لحلف الناتو"). */
    public static final Set<String> TITLE_CONTINUATIONS = LexiconFile.words("title-complements.txt");
    /** Titles that are never an alias: bare الرئيس, duals, plurals. */
    public static final Set<String> NON_ALIAS_TITLES = LexiconFile.words("generic-titles.txt");
    /** Honorifics before a title or name ("معالي"، "صاحب السمو"), phrases as match keys. */
    public static final Set<String> HONORIFICS = LexiconFile.words("honorifics.txt");
    /** Heads of anonymous sources. */
    public static final Set<String> ANONYMOUS_HEADS = LexiconFile.keys("anonymous-sources.tsv", 2);
    /** Singular anonymous heads that refer back to the last unnamed source ("المسؤول"). */
    public static final Set<String> ANONYMOUS_ANAPHORS = LexiconFile.withFlag("anonymous-sources.tsv", "anaphor");
    /** Plural heads of anonymous sources ("مسؤولون"، "مصادر"). */
    public static final Set<String> PLURAL_SOURCES = LexiconFile.withFlag("anonymous-sources.tsv", "plural");
    /** Broken plurals of things among them ("مصادر"، "منظمات"), which a feminine singular verb stands for. */
    public static final Set<String> SOURCES_OF_THINGS = LexiconFile.withFlag("anonymous-sources.tsv", "things");
    /** Institutions and states that speak; capitals map to the state they stand for. */
    public static final Map<String, String> INSTITUTIONS = canonicalNames();
    /** Heads of institution names that take a definite complement ("وزارة الدفاع الروسية"، "مكتب رئيس الوزراء"). */
    public static final Set<String> INSTITUTION_HEADS = LexiconFile.words("institution-heads.txt");
    /** Media, which speak as institutions ("ذكرت صحيفة «الحياة»"). */
    public static final Set<String> MEDIA_HEADS = LexiconFile.words("media-heads.txt");
    /** Statements that speak for their author ("بيان للبيت الأبيض"، "بيان صادر عن"). */
    public static final Set<String> STATEMENT_WORDS = LexiconFile.words("statement-nouns.txt");
    /** "الختامي"، "المشترك": adjectives of a definite statement of a gathering ("البيان الختامي للقمة"). */
    public static final Set<String> STATEMENT_KINDS = LexiconFile.words("name-markers.tsv", "statement-kind");
    /** "القمة"، "المؤتمر"، "الاجتماع": a gathering that speaks as a body when it is a cue's subject. */
    public static final Set<String> GATHERINGS = LexiconFile.words("name-markers.tsv", "gathering");
    /** "إعلان": a document named by its city ("إعلان الرياض") that speaks as a body of its own. */
    public static final Set<String> DECLARATIONS = LexiconFile.words("name-markers.tsv", "declaration");

    /**
     * Whether a body's name is a gathering or what it issued ("القمة العربية"، "البيان الختامي للقمة"، "إعلان عمان"):
     * its words are the gathering's.
     */
    /**
     * "بالوزير"، "بالسيد"، "للوزير"، "بمعالي": a word glued to بـ or لـ whose rest is a title head, a courtesy title or an
     * honorific: someone named as the object of the verb before it.
     */
    public static boolean titleAfterPreposition(String key) {
        if (key.length() < 3 || !key.startsWith(Affixes.PREPOSITION_BI) && !key.startsWith(Affixes.PREPOSITION_LI)) {
            return false;
        }
        String object = key.startsWith(Affixes.PREPOSITION_LI_ON_ARTICLE) ? Affixes.articleAfterLi(key) : key.substring(1);
        return TITLE_HEADS.contains(object) || COURTESY_TITLES.contains(object) || HONORIFICS.contains(object);
    }

    public static boolean speaksForGathering(String name) {
        String[] words = ArabicNormalizer.matchKey(name).split(" ");
        return GATHERINGS.contains(words[0]) || (DECLARATIONS.contains(words[0]) && words.length > 1)
                || (STATEMENT_WORDS.contains(words[0]) && words.length > 1 && STATEMENT_KINDS.contains(words[1]))
                || (STATEMENT_WORDS.contains(words[0]) && words.length > 2 && STATEMENT_KINDS.contains(words[2]));
    }
    /** First words of every lexicon naming, so that most words can be passed over at once. */
    public static final Set<String> STARTERS = new java.util.HashSet<>();

    /** An honorific with a pronoun ("سموه"، "معاليه"، "فخامتها"): the person named before, as a pronoun would be. */
    public static final Set<String> HONORIFIC_PRONOUNS = new java.util.HashSet<>();

    static {
        for (String h : HONORIFICS) {
            if (!h.contains(" ") && h.length() > 1) { // "د." abbreviates a title and takes no pronoun ("مها" is a name)
                String stem = Affixes.stemBeforeEnding(h); // the key of فخامة ends in ه
                HONORIFIC_PRONOUNS.add(stem + Affixes.PRONOUN_HIS);
                HONORIFIC_PRONOUNS.add(stem + Affixes.PRONOUN_HER);
            }
        }
        STARTERS.addAll(TITLE_HEADS);
        for (String h : HONORIFICS) {
            STARTERS.add(h.split(" ")[0]);
        }
        STARTERS.addAll(ANONYMOUS_HEADS);
        STARTERS.addAll(INSTITUTION_HEADS);
        STARTERS.addAll(STATEMENT_WORDS);
        for (String k : INSTITUTIONS.keySet()) {
            STARTERS.add(k.split(" ")[0]);
        }
    }

    /** Frequent nouns that stand where a subject could ("أكد وفد ..."، "ذكرت صحيفة ..."): never a name. */
    public static final Set<String> COMMON_NOUNS = LexiconFile.words("common-nouns.txt");
    /** Verbal nouns that after لـ say what a contact is for ("للتهنئة"، "لبحث"): they end a title and are no name. */
    private static final Set<String> PURPOSE_NOUNS = LexiconFile.words("purpose-nouns.txt");

    /** "لبحث"، "للبحث"، "للتهنئة": the preposition لـ, with or without the article, before a verbal noun of purpose. */
    public static boolean isPurposeClause(String key) {
        if (key.startsWith(Affixes.PREPOSITION_LI_ON_ARTICLE) && PURPOSE_NOUNS.contains(key.substring(2))) {
            return true;
        }
        return key.startsWith(Affixes.PREPOSITION_LI) && PURPOSE_NOUNS.contains(key.substring(1));
    }
    /** Words that can never be part of a name. */
    public static final Set<String> STOP = LexiconFile.words("name-stop-words.txt");
    /** Given names whose key is a preposition's too ("علي" of على): a stop word only when written otherwise. */
    public static final Set<String> PREPOSITION_NAMES = LexiconFile.words("name-markers.tsv", "preposition-name");
    /** Starts of every form of "counterpart" ("نظيره"، "نظيرتها"): always another person than the subject. */
    private static final List<String> COUNTERPART_STEMS =
            List.copyOf(LexiconFile.words("name-markers.tsv", "counterpart-stem"));

    /** An outlet's own correspondent or envoy ("مراسل"، "موفدة"), named by the outlet after it. */
    public static final Set<String> CORRESPONDENTS = LexiconFile.words("name-markers.tsv", "correspondent");
    /** Adjectives closing a medium's naming after its own name ("الرسمية"), besides nationalities. */
    public static final Set<String> MEDIA_ADJECTIVES = LexiconFile.words("name-markers.tsv", "media-adjective");
    /** Imperfect verbs that ل turns into a clause ("ليعود"), besides reporting and event verbs. */
    public static final Set<String> LI_VERBS = LexiconFile.words("name-markers.tsv", "li-verb");
    /** Given names that look like they carry the article ("الياس"، "الهام"). */
    public static final Set<String> GIVEN_WITH_ARTICLE = LexiconFile.withFlag("name-parts.tsv", "given");
    /** "The latter" ("والأخير يؤكد"): the person named last before it. */
    public static final Set<String> LATTER = LexiconFile.words("name-markers.tsv", "latter");
    /** Given names with the article that continue a name as its lineage ("سالم عبدالله الجابر الصباح"). */
    public static final Set<String> LINEAGE_NAMES = LexiconFile.withFlag("name-parts.tsv", "lineage");

    static {
        LexiconFile.checkRoles("name-markers.tsv", Set.of("issued", "issued-by", "statement-kind", "workplace", "posted-in",
                "on-behalf", "preposition-name", "counterpart-stem", "correspondent", "media-adjective", "li-verb",
                "chain-ordinal", "session-adjective", "gathering", "declaration", "rank-complement", "source-clause", "source-group", "special",
                "outlet-ending", "represents", "members-of", "latter"));
        STARTERS.addAll(CORRESPONDENTS);
    }

    /** A title or key that names a counterpart ("نظيره الروسي"), always another person than the subject. */
    public static boolean isCounterpart(String title) {
        for (String stem : COUNTERPART_STEMS) {
            if (title.startsWith(stem)) {
                return true;
            }
        }
        return false;
    }

    /** Institutions' canonical names that are not states; every other canonical name is a state. */
    private static final Set<String> NOT_STATES = bodies();

    private static Set<String> bodies() {
        Set<String> out = new java.util.HashSet<>();
        for (String[] row : LexiconFile.rows("institutions.tsv", 4)) {
            if (row[2].equals("body")) {
                out.add(ArabicNormalizer.matchKey(row[1]));
            }
        }
        return out;
    }

    private static Map<String, String> canonicalNames() {
        Map<String, String> out = new java.util.HashMap<>();
        for (String[] row : LexiconFile.rows("institutions.tsv", 4)) {
            out.put(ArabicNormalizer.matchKey(row[0]), row[1]);
        }
        return out;
    }

    private NameLexicon() {
    }

    /**
     * A word that never belongs to a name. The match key folds ى into ي, so the preposition على and the name علي
     * meet: the spelling as written tells them apart.
     */
    public static boolean isStop(Token t) {
        // the name is written with the ي its key ends in, the preposition with ى
        return STOP.contains(t.key()) && !(PREPOSITION_NAMES.contains(t.key())
                && t.text().endsWith(t.key().substring(t.key().length() - 1)));
    }

    /** True for a state or its capital's canonical name (روسيا، الهند). */
    private static Set<String> dualTitleHeads() {
        Set<String> out = new java.util.HashSet<>();
        for (String head : CONSTRUCT_TITLES) {
            if (PLURAL_TITLES.contains(head) || NAME_OR_TITLE.contains(head)) {
                continue;
            }
            String stem = Affixes.stemBeforeEnding(head); // the key of ة is ه
            out.add(stem + Affixes.DUAL);
            out.add(stem + Affixes.DUAL_OBLIQUE);
        }
        return out;
    }

    /** Each definite dual title ("الرئيسان"، "الوزيرين") to its singular ("الرئيس"). */
    private static java.util.Map<String, String> singularOfDual() {
        java.util.Map<String, String> out = new java.util.HashMap<>();
        for (String title : TITLE_HEADS) {
            if (title.startsWith(Affixes.ARTICLE) && title.indexOf(' ') < 0
                    && !PLURAL_TITLES.contains(title)) {
                String stem = Affixes.stemBeforeEnding(title);
                out.put(stem + Affixes.IMPERFECT_DUAL, title);
                out.put(stem + Affixes.DUAL_OBLIQUE + "ن", title);
            }
        }
        return out;
    }

    /** The singular of a definite dual title ("الرئيسان" → "الرئيس"), or null. */
    public static String singularOfDual(String dual) {
        return SINGULAR_OF_DUAL.get(dual);
    }

    public static boolean isState(String canonical) {
        String key = ArabicNormalizer.matchKey(canonical);
        return INSTITUTIONS.containsValue(canonical) && !NOT_STATES.contains(key);
    }

    /** The skeletons of the states' names as their nationality adjectives are built on them: "اردن"، "سعد"، "عرق". */
    private static final Set<String> STATE_STEMS = stateStems();

    private static Set<String> stateStems() {
        Set<String> out = new java.util.HashSet<>();
        INSTITUTIONS.forEach((written, canonical) -> {
            String stem = stateStem(written);
            if (stem != null) {
                out.add(stem);
            }
        });
        return Set.copyOf(out);
    }

    /**
     * The one-word name of a state the lexicon knows ("الأردن"، "تونس"، "السعودية") reduced as its nationality
     * adjective is by {@link #nationality}, so that "خارجية الأردن" and "الخارجية الأردنية" compare; null otherwise.
     */
    public static String stateStem(String written) {
        String canonical = INSTITUTIONS.get(ArabicNormalizer.matchKey(written));
        if (canonical == null || written.contains(" ") || !isState(canonical)) {
            return null;
        }
        String k = Affixes.withoutArticle(ArabicNormalizer.matchKey(written));
        k = k.endsWith(Affixes.TA_MARBUTA_KEY) ? k.substring(0, k.length() - Affixes.TA_MARBUTA_KEY.length()) : k;
        return ArabicNormalizer.skeleton(k);
    }

    /** "الأردني"، "السعودية"، "العراقي": the nationality adjective of a state the lexicon knows. */
    public static boolean isStateNationality(String key) {
        String n = nationality(key);
        return n != null && STATE_STEMS.contains(n);
    }

    /** A nationality adjective such as الروسي/الأميركية, reduced to a comparable skeleton; null otherwise. */
    public static String nationality(String key) {
        String k = key;
        if (!k.startsWith(Affixes.ARTICLE) || k.length() < 5) {
            return null;
        }
        if (k.endsWith(Affixes.NISBA_FEMININE)) {
            k = k.substring(0, k.length() - Affixes.TA_MARBUTA_KEY.length());
        }
        if (!k.endsWith(Affixes.NISBA) || STOP.contains(key)) {
            return null;
        }
        return ArabicNormalizer.skeleton(k.substring(Affixes.ARTICLE.length(), k.length() - Affixes.NISBA.length()));
    }
}
