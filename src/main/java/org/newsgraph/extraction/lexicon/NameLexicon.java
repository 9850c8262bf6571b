package org.newsgraph.extraction.lexicon;

import java.util.Map;
import java.util.Set;

import org.newsgraph.extraction.tokens.Token;
import org.newsgraph.text.ArabicNormalizer;

/** Words that build speaker and participant names: titles, institutions, anonymous sources, and words that end a name. */
public final class NameLexicon {

    /** Heads of a person's title; the title then runs over definite words, ل-phrases and باسم. */
    public static final Set<String> TITLE_HEADS = Lexicons.words(
            "الرئيس رئيس رئيسة الرئيسة نائب نائبة وزير وزيرة الوزير الوزيرة المتحدث المتحدثة متحدث متحدثة الناطق"
                    + " الناطقة ناطق مستشار مستشارة المستشار المستشارة الأمين أمين السفير السفيرة سفير سفيرة المندوب"
                    + " مندوب مندوبة الملك الأمير ولي الشيخ قائد القائد زعيم الزعيم المبعوث مبعوث مبعوثة مساعد مساعدة"
                    + " مدير المدير مديرة المديرة عضو النائب السيناتور الجنرال اللواء العميد العقيد الفريق المشير الدكتور"
                    + " العاهل الممثل الممثلة ممثل المفوض المفوضة المنسق المرشد الملكة السيد السيدة نظيره نظيرها نظيرهم"
                    + " البابا حاكم الحاكم محافظ المحافظ عمدة رئيسا مسؤولة الأمينة قائدة وكيل وكيلة سكرتير السكرتير"
                    + " أمير ملك سلطان السلطان شيخ المحلل محلل الخبير خبير الباحث باحث الكاتب المحامي"
                    + " الأستاذ أستاذ الناشط ناشط القيادي قيادي المراسل مراسل الأكاديمي");
    /** Indefinite ruler titles that are also given names ("حسين أمير عبد اللهيان"): titles only at a name's start. */
    public static final Set<String> NAME_OR_TITLE = Lexicons.words("أمير ملك سلطان شيخ");
    /** Leader titles, which a bare "نظيره الروسي / الزعيم الروسي / الرئيس الروسي" refers to. */
    public static final Set<String> LEADER_HEADS = Lexicons.words("الرئيس رئيس الزعيم زعيم نظيره نظيرها العاهل الملك ملك أمير");
    /** Nouns heading a title's complement ("وزير الخارجية"، "الأمين العام لحلف الناتو"). */
    public static final Set<String> TITLE_CONTINUATIONS = Lexicons.words(
            "باسم وزارة وزير مجلس حلف منظمة شؤون لجنة هيئة جامعة حركة حزب قوات جيش دائرة مكتب إدارة مركز العام"
                    + " العامة الأعلى الأول الثاني السابق السابقة الحالي رئيس الوزراء الدولة الدفاع الخارجية الداخلية"
                    + " الخاص الخاصة الدائم الدائمة المساعد الجديد التنفيذي المكلف الأممي الأممية");
    /** Titles that are never an alias: bare الرئيس, duals, plurals. */
    public static final Set<String> NON_ALIAS_TITLES = Lexicons.phrases(
            "الرئيس|الرئيسان|الرئيسين|الزعيمان|الزعيمين|الوزير|المسؤول|الزعيم|السيد|السيدة|المتحدث|المتحدثة");
    /** Heads of anonymous sources. */
    public static final Set<String> ANONYMOUS_HEADS = Lexicons.words(
            "مسؤول مسؤولون مسؤولين المسؤول المسؤولون مصدر مصادر المصدر المصادر دبلوماسي دبلوماسيون دبلوماسيين"
                    + " مراقبون محللون خبراء شهود مسؤولة مصدرا مسؤولا");
    /** Singular anonymous heads that refer back to the last unnamed source ("المسؤول"). */
    public static final Set<String> ANONYMOUS_ANAPHORS = Lexicons.words("المسؤول المصدر المسؤولة");
    /** Institutions and states that speak; capitals map to the state they stand for. */
    public static final Map<String, String> INSTITUTIONS = Lexicons.pairs(
            "الكرملين=الكرملين|البيت الأبيض=البيت الأبيض|البنتاغون=البنتاغون|الإليزيه=الإليزيه|الأمم المتحدة=الأمم المتحدة"
                    + "|حلف الناتو=حلف الناتو|الناتو=حلف الناتو|حلف شمال الأطلسي=حلف الناتو|الحلف الأطلسي=حلف الناتو"
                    + "|الاتحاد الأوروبي=الاتحاد الأوروبي|الجامعة العربية=الجامعة العربية|مجلس الأمن=مجلس الأمن"
                    + "|روسيا=روسيا|موسكو=روسيا|الولايات المتحدة=الولايات المتحدة|واشنطن=الولايات المتحدة"
                    + "|أمريكا=الولايات المتحدة|أوكرانيا=أوكرانيا|كييف=أوكرانيا|الصين=الصين|بكين=الصين|إيران=إيران"
                    + "|طهران=إيران|تركيا=تركيا|أنقرة=تركيا|باكستان=باكستان|إسلام آباد=باكستان|الهند=الهند"
                    + "|نيودلهي=الهند|مصر=مصر|القاهرة=مصر|السعودية=السعودية|المملكة=السعودية|الرياض=السعودية"
                    + "|فرنسا=فرنسا|باريس=فرنسا|بريطانيا=بريطانيا|لندن=بريطانيا|ألمانيا=ألمانيا|برلين=ألمانيا"
                    + "|إسرائيل=إسرائيل|تل أبيب=إسرائيل|سوريا=سوريا|دمشق=سوريا|العراق=العراق|بغداد=العراق"
                    + "|اليمن=اليمن|قطر=قطر|الدوحة=قطر|الإمارات=الإمارات|أبوظبي=الإمارات|الكويت=الكويت|لبنان=لبنان"
                    + "|بيروت=لبنان|الأردن=الأردن|عمان=الأردن|الجزائر=الجزائر|المغرب=المغرب|الرباط=المغرب|تونس=تونس"
                    + "|ليبيا=ليبيا|السودان=السودان|الخرطوم=السودان|اليابان=اليابان|طوكيو=اليابان|كوريا الشمالية=كوريا الشمالية"
                    + "|بيونغ يانغ=كوريا الشمالية|الحكومة=الحكومة|الجيش=الجيش|الخارجية=وزارة الخارجية"
                    + "|وزارة الخارجية=وزارة الخارجية|الرئاسة=الرئاسة|البرلمان=البرلمان|الشرطة=الشرطة");
    /** Heads of institution names that take a definite complement ("وزارة الدفاع الروسية"، "مكتب رئيس الوزراء"). */
    public static final Set<String> INSTITUTION_HEADS = Lexicons.words(
            "وزارة الوزارة حكومة الحكومة الجيش جيش مكتب رئاسة مجلس المجلس حركة حزب منظمة هيئة لجنة الشرطة السفارة"
                    + " سفارة القوات قوات الخارجية الداخلية الدفاع البرلمان الكونغرس نقابة النقابة نقابات أمانة الأمانة"
                    + " شركة الشركة رابطة الرابطة جمعية الجمعية قصر");
    /** Media, which speak as institutions ("ذكرت صحيفة «الحياة»"). */
    public static final Set<String> MEDIA_HEADS = Lexicons.words("صحيفة وكالة قناة موقع مجلة تلفزيون إذاعة");
    /** Statements that speak for their author ("بيان للبيت الأبيض"، "بيان صادر عن"). */
    public static final Set<String> STATEMENT_WORDS = Lexicons.words("بيان البيان بيانا تقرير التقرير");
    /** First words of every lexicon naming, so that most words can be passed over at once. */
    public static final Set<String> STARTERS = new java.util.HashSet<>();

    static {
        STARTERS.addAll(TITLE_HEADS);
        STARTERS.addAll(ANONYMOUS_HEADS);
        STARTERS.addAll(INSTITUTION_HEADS);
        STARTERS.addAll(STATEMENT_WORDS);
        for (String k : INSTITUTIONS.keySet()) {
            STARTERS.add(k.split(" ")[0]);
        }
    }

    /** Frequent nouns that stand where a subject could ("أكد وفد ..."، "ذكرت صحيفة ..."): never a name. */
    public static final Set<String> COMMON_NOUNS = Lexicons.words(
            "صحيفة وكالة قناة موقع تقرير دول دولة حكومة أهمية ضرورة حرص دعم تفاصيل وفد مجموعة عدد جميع كافة مختلف"
                    + " غداة خلال نحو أكثر أقل معظم سائر عدة بشكل بصورة تطلعه رغبة استعداد موقف مواقف قرار اتفاق الاتفاق"
                    + " تأكيد أمل ضمن سبل أجل إطار بلاده بلادها نظره الشعب الشعوب وزراء قادة زعماء رؤساء ممثلو ممثلي"
                    + " مندوبو مندوبي أعضاء");
    /** Words that can never be part of a name. */
    public static final Set<String> STOP = Lexicons.words(
            "في من إلى الى على عن مع إن أن بأن أنه أنها قد لقد لا لم لن ما التي الذي الذين اللذين هو هي هم كان كانت"
                    + " أمس اليوم غدا يوم خلال بعد قبل عقب إثر حول بشأن أيضا كذلك وقت أمام عبر لدى حيث إذ إذا لكن لكنه"
                    + " لكنها بين ضد منذ حتى نحو عند أي كل بعض هذا هذه ذلك تلك ثم أو أم بل أثناء بدوره بدورها وسط بسبب"
                    + " للصحفيين للصحافيين لوكالة لوسائل لقناة لصحيفة لتلفزيون الأسبوع الشهر العام صباح مساء ليلة"
                    + " وهو وهي وهم وقد فقد وفي ومن وعلى وإلى وعن ومع ولا ولم ولن جهته جهتها جانبه جانبها ناحيته فيما كما بينما حين عندما لما وفيما وكما حول وحول الماضي المقبل الجاري الحالي فيه فيها خلاله خلالها له لها عليه عليها إنه إنها الجمعة الخميس"
                    + " الأربعاء الثلاثاء الاثنين الأحد السبت وفق وفقا حسب بحسب أيضاً مجددا مؤخرا سابقا لاحقا"
                    + " قبيل بعيد إبان عشية غداة أعقب أعقبت تلا تلت يلي تلاه");

    /** Institutions' canonical names that are not states; every other canonical name is a state. */
    private static final Set<String> NOT_STATES = Lexicons.phrases(
            "الكرملين|البيت الأبيض|البنتاغون|الإليزيه|الأمم المتحدة|حلف الناتو|الاتحاد الأوروبي|الجامعة العربية"
                    + "|مجلس الأمن|الحكومة|الجيش|وزارة الخارجية|الرئاسة|البرلمان|الشرطة");

    private NameLexicon() {
    }

    /**
     * A word that never belongs to a name. The match key folds ى into ي, so the preposition على and the name علي
     * meet: the spelling as written tells them apart.
     */
    public static boolean isStop(Token t) {
        return STOP.contains(t.key()) && !(t.key().equals("علي") && t.text().endsWith("ي"));
    }

    /** True for a state or its capital's canonical name (روسيا، الهند). */
    public static boolean isState(String canonical) {
        String key = ArabicNormalizer.matchKey(canonical);
        return INSTITUTIONS.containsValue(canonical) && !NOT_STATES.contains(key);
    }

    /** A nationality adjective such as الروسي/الأميركية, reduced to a comparable skeleton; null otherwise. */
    public static String nationality(String key) {
        String k = key;
        if (!k.startsWith("ال") || k.length() < 5) {
            return null;
        }
        if (k.endsWith("يه")) {
            k = k.substring(0, k.length() - 1);
        }
        if (!k.endsWith("ي") || STOP.contains(key)) {
            return null;
        }
        return ArabicNormalizer.skeleton(k.substring(2, k.length() - 1));
    }
}
