package org.newsgraph.extraction.lexicon;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.newsgraph.extraction.tokens.Token;
import org.newsgraph.text.ArabicNormalizer;

/** Reporting words: which word forms introduce a statement and how their content is attached. */
public final class CueLexicon {

    /** How a cue takes its content. */
    public enum Frame {
        /** needs إن/أن or quotation marks after the speaker (قال، أضاف) */
        CLAUSE,
        /** may also take a plain object as the statement (نفى وجود…، دعا إلى…، أكد دعمه) */
        OBJECT,
        /** stance verbs (اعتبر، يرى): counted, with lower confidence */
        STANCE,
        /** adverbial participles continuing the same speaker (قائلا، مذكرا) */
        PARTICIPLE,
        /** "نقلت الوكالة عن الوزير قوله إن": the speaker is the naming after عن, before the noun */
        REPORTED
    }

    /** A reporting word; {@code feminine} for forms that agree with a feminine subject (قالت، تقول). */
    public record Cue(String lemma, Frame frame, boolean feminine) {
    }

    private static final Map<String, Cue> FORMS = new HashMap<>();

    static {
        clause("قال", "قال قالت قالوا قالا يقول تقول يقولون");
        clause("أضاف", "أضاف أضافت أضافوا يضيف تضيف");
        object("أكد", "أكد أكدت أكدوا أكدا يؤكد تؤكد يؤكدون");
        clause("أوضح", "أوضح أوضحت أوضحوا يوضح توضح");
        object("حذر", "حذر حذرت حذروا يحذر تحذر يحذرون تحذير");
        clause("صرح", "صرح صرحت صرحوا يصرح تصرح");
        clause("ذكر", "ذكر ذكرت ذكروا يذكر تذكر");
        clause("أفاد", "أفاد أفادت أفادوا يفيد تفيد");
        object("أعلن", "أعلن أعلنت أعلنوا يعلن تعلن");
        clause("كتب", "كتب كتبت يكتب تكتب");
        object("نفى", "نفى نفت نفوا ينفي تنفي ينفون");
        object("شدد", "شدد شددت شددوا يشدد تشدد");
        object("وصف", "وصف وصفت وصفوا يصف تصف");
        clause("أجاب", "أجاب أجابت يجيب تجيب");
        clause("رجح", "رجح رجحت رجحوا يرجح ترجح");
        object("توعد", "توعد توعدت يتوعد تتوعد");
        object("هدد", "هدد هددت هددوا يهدد تهدد");
        object("حث", "حث حثت حثوا يحث تحث");
        object("دعا", "دعا دعت دعوا يدعو تدعو يدعون");
        object("طالب", "طالب طالبت طالبوا يطالب تطالب يطالبون");
        clause("طلب", "طلب طلبت");
        object("استبعد", "استبعد استبعدت يستبعد تستبعد");
        object("أعرب", "أعرب أعربت أعربوا يعرب تعرب");
        stance("اعتبر", "اعتبر اعتبرت اعتبروا يعتبر تعتبر يعتبرون");
        stance("رأى", "رأى رأت يرى ترى يرون");
        clause("أشار", "أشار أشارت أشاروا يشير تشير");
        clause("لفت", "لفت لفتت يلفت تلفت");
        clause("رد", "رد ردت يرد ترد");
        clause("أبلغ", "أبلغ أبلغت يبلغ تبلغ");
        clause("أخبر", "أخبر أخبرت يخبر تخبر");
        clause("تابع", "تابع تابعت");
        clause("أصر", "أصر أصرت يصر تصر");
        object("قارن", "قارن قارنت يقارن تقارن");
        clause("كشف", "كشف كشفت يكشف تكشف"); // "كشف عن": what follows عن (governed), not any object
        clause("نوه", "نوه نوهت ينوه تنوه");
        clause("تعهد", "تعهد تعهدت يتعهد تتعهد");
        clause("اتهم", "اتهم اتهمت يتهم تتهم");
        clause("أفصح", "أفصح أفصحت");
        clause("جدد", "جدد جددت يجدد تجدد");
        clause("ردد", "ردد رددت يردد تردد");
        clause("جاء", "جاء ورد"); // "وجاء في بيان للخارجية أن": the statement named after في speaks
        add("قول", "قوله قولها قولهم تأكيده تأكيدها تصريحه تصريحها إشارته إشارتها تحذيره", Frame.REPORTED);
        participle("قائلا قائلة مضيفا مضيفة مؤكدا مؤكدة موضحا موضحة مشيرا مشيرة لافتا لافتة محذرا محذرة مذكرا مذكرة"
                + " مشددا مشددة معتبرا معتبرة داعيا داعية مطالبا مطالبة منوها منوهة معربا معربة مصرا مصرة متوعدا"
                + " متوعدة مهددا مهددة نافيا نافية مبينا مبينة كاشفا كاشفة متابعا متابعة مستبعدا مستبعدة");
    }

    /** Complementizers after which indirect speech starts; those carrying a pronoun are kept in the span. */
    static final Set<String> BARE_COMPLEMENTIZERS = Lexicons.words("إن أن بأن فإن وإن وأن لأن");
    static final Set<String> PRONOUN_COMPLEMENTIZERS = Lexicons.words(
            "إنه إنها إننا إنهم إنني إنهما أنه أنها أننا أنهم أنني أنهما بأنه بأنها بأننا بأنهم فإنه فإنها وإنه وإنها"
                    + " وأنه وأنها بأنهما");
    /** "According to": a journalist's attribution after a statement, or a speaker before it. */
    public static final Set<String> ACCORDING_TO = Lexicons.words("وفق وفقا طبقا حسب بحسب وبحسب ووفقا ووفق وحسب نقلا");

    private CueLexicon() {
    }

    /** The preposition the statement follows for cues that govern one: "دعا إلى"، "حث على"، "أعرب عن". */
    private static final Map<String, String> GOVERNED = Lexicons.pairs(
            "دعا=الي|حث=علي|شدد=علي|أعرب=عن|كشف=عن|حذر=من");

    public static String governed(Cue cue) {
        return GOVERNED.get(ArabicNormalizer.matchKey(cue.lemma()));
    }

    /** The cue a token expresses, trying the form with and without an attached و/ف; null if none. */
    public static Cue cue(Token t) {
        if (!t.word()) {
            return null;
        }
        Cue c = FORMS.get(t.key());
        return c != null ? c : FORMS.get(t.bare());
    }

    public static boolean isCueForm(String key) {
        return FORMS.containsKey(key);
    }

    public static boolean isComplementizer(Token t) {
        return t.word() && (BARE_COMPLEMENTIZERS.contains(t.key()) || PRONOUN_COMPLEMENTIZERS.contains(t.key()));
    }

    public static boolean carriesPronoun(Token t) {
        return PRONOUN_COMPLEMENTIZERS.contains(t.key());
    }

    private static void clause(String lemma, String forms) {
        add(lemma, forms, Frame.CLAUSE);
    }

    private static void object(String lemma, String forms) {
        add(lemma, forms, Frame.OBJECT);
    }

    private static void stance(String lemma, String forms) {
        add(lemma, forms, Frame.STANCE);
    }

    private static void participle(String forms) {
        for (String f : forms.split(" ")) {
            FORMS.put(ArabicNormalizer.matchKey(f), new Cue(f, Frame.PARTICIPLE, f.endsWith("ة")));
        }
    }

    private static void add(String lemma, String forms, Frame frame) {
        List<String> all = List.of(forms.split(" "));
        for (String f : all) {
            boolean feminine = (f.endsWith("ت") && !f.equals(all.get(0)))
                    || (f.startsWith("ت") && all.contains("ي" + f.substring(1)));
            FORMS.put(ArabicNormalizer.matchKey(f), new Cue(lemma, frame, feminine));
        }
    }
}
