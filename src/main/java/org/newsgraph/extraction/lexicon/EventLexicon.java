package org.newsgraph.extraction.lexicon;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.newsgraph.kinds.EventKind;
import org.newsgraph.text.ArabicNormalizer;

/** Words that name diplomatic events (CAMEO CONSULT vocabulary), and the places they happen in. */
public final class EventLexicon {

    /** Verbs whose subject is a participant: أجرى مكالمة، عقد اجتماعا، تحدث مع. */
    public static final Set<String> MEETING_VERBS = Lexicons.words(
            "أجرى أجرت يجري تجري سيجري ستجري أجريا يجريان عقد عقدت يعقد تعقد عقدا تلقى تلقت استقبل استقبلت التقى"
                    + " التقت يلتقي اجتمع اجتمعت يجتمع تحدث تحدثت يتحدث سيتحدث بحث بحثت يبحث");
    /** Present-tense verbs of a scheduled meeting, future after سـ: سيعقد، ستلتقي. */
    public static final Set<String> SCHEDULED_VERBS = Lexicons.words(
            "يعقد تعقد يجتمع تجتمع يلتقي تلتقي يتحدث تتحدث يجري تجري يزور تزور يبحث تبحث يشارك تشارك يقود تقود"
                    + " تقودها يقودها يستضيف تستضيف يبدأ تبدأ يتوجه يصل تنطلق ينطلق يلتقيان يجتمعان يتحدثان يجريان");

    /** Trigger phrases (match keys) to their kind; the longest phrase wins. */
    public static final Map<String, EventKind> TRIGGERS = new HashMap<>();
    /** First words of the trigger phrases, to pass over other words without building phrases. */
    public static final Set<String> TRIGGER_STARTS = new java.util.HashSet<>();
    /** Verbs that make an event when followed by مع/إلى (تحدث مع، بحث مع، التقى). */
    public static final Map<String, EventKind> VERBS = new HashMap<>();
    /** Meeting verbs that take the other party as a direct object, without مع. */
    public static final Set<String> MEETING_WITH_OBJECT = Lexicons.words(
            "التقى التقت يلتقي تلتقي سيلتقي ستلتقي استقبل استقبلت يستقبل تستقبل سيستقبل يلتقيان التقيا");
    /** Words after a meeting that make it a session of an organisation. */
    public static final Set<String> ORGANISATION_WORDS = Lexicons.words(
            "مجلس منظمة حلف الناتو الأطلسي أطلسي الأطلسية الاتحاد وزراء الجمعية الجامعة إطار الدائم الدائمة");
    /** Words right after a trigger that make it hypothetical or another unspecified contact. */
    public static final Set<String> HYPOTHETICAL = Lexicons.words(
            "أخرى آخر أخريين مزيد المزيد محتملة محتمل وجها ربما إذا هل منفصلة منفصل");
    /** Nouns before a trigger word that make it part of a name: "حزب المؤتمر"، "قاعة المؤتمرات". */
    public static final Set<String> NAMED_BODIES = Lexicons.words("حزب حركة منظمة قاعة مركز قصر");
    /** Words that make a definite mention point at an earlier event than the main one. */
    public static final Set<String> EARLIER = Lexicons.words("سابقة السابقة السابق الماضية الماضي الأولى الأول");
    /** Duals that name the two leaders of the article ("وسيتحدث الرئيسان"). */
    public static final Set<String> PAIR_WORDS = Lexicons.words("الرئيسان الرئيسين الزعيمان الزعيمين الجانبان الجانبين للزعيمين للرئيسين");
    /** Qualifiers that put an event after the publication date. */
    public static final Set<String> FORWARD = Lexicons.words("المقبل المقبلة القادم القادمة المرتقب المرتقبة المقررة");
    /** Prepositions that make a mention a time reference ("قبل المكالمة"، "خلال الاتصال"). */
    public static final Set<String> REFERENCE_PREPOSITIONS = Lexicons.words(
            "قبل بعد عقب إثر خلال أثناء سابق لاحق هامش أعقب أعقبت تلا تلت");
    /** Nouns before a trigger that make it a means rather than an event: "طاولة المفاوضات"، "طريق الحوار". */
    public static final Set<String> MEANS_OF = Lexicons.words("طاولة مائدة طريق مسار سبيل خيار لغة باب نهج عملية");
    /** Negotiations: rounds of bargaining, which outlets never use for a single call between leaders. */
    public static final Set<String> NEGOTIATIONS = Lexicons.words("مفاوضات المفاوضات");
    /** Words before "اتصال" that make it mean communication rather than a call. */
    public static final Set<String> NOT_A_CALL = Lexicons.words("وسائل قنوات شبكة شبكات خطوط على وزير وزارة");
    public static final Map<String, String> PLACES = Lexicons.pairs(
            "جنيف=جنيف|فيينا=فيينا|بروكسل=بروكسل|باريس=باريس|لندن=لندن|برلين=برلين|روما=روما|مدريد=مدريد"
                    + "|موسكو=موسكو|واشنطن=واشنطن|نيويورك=نيويورك|بكين=بكين|طوكيو=طوكيو|نيودلهي=نيودلهي"
                    + "|إسلام آباد=إسلام آباد|الرياض=الرياض|جدة=جدة|القاهرة=القاهرة|شرم الشيخ=شرم الشيخ|الدوحة=الدوحة"
                    + "|أبوظبي=أبوظبي|دبي=دبي|المنامة=المنامة|مسقط=مسقط|عمان=عمان|بيروت=بيروت|دمشق=دمشق|بغداد=بغداد"
                    + "|طهران=طهران|أنقرة=أنقرة|إسطنبول=إسطنبول|اسطنبول=إسطنبول|كييف=كييف|مينسك=مينسك|أستانا=أستانا"
                    + "|سوتشي=سوتشي|هلسنكي=هلسنكي|لوزان=لوزان|ميونخ=ميونخ|دافوس=دافوس|الجزائر=الجزائر|تونس=تونس"
                    + "|الرباط=الرباط|الخرطوم=الخرطوم|صنعاء=صنعاء|عدن=عدن|الكويت=الكويت|أنطاليا=أنطاليا|كامب ديفيد=كامب ديفيد"
                    + "|ستوكهولم=ستوكهولم|أوسلو=أوسلو|وارسو=وارسو|بودابست=بودابست|أثينا=أثينا|سنغافورة=سنغافورة"
                    + "|مكة=مكة|المكرمة=مكة|لاهاي=لاهاي|بالي=بالي|سوتشى=سوتشي");

    static {
        triggers(EventKind.PHONE_CALL, "مكالمة|مكالمة هاتفية|مكالمتهما|مكالمته|مكالمتها|اتصال|اتصال هاتفي|اتصالا هاتفيا"
                + "|اتصالا|الاتصال|المكالمة|المحادثة الهاتفية|محادثة هاتفية|محادثات هاتفية|عبر الهاتف|هاتفيا|اتصالهما"
                + "|اتصاله|اتصالها");
        triggers(EventKind.VIDEO_CALL, "مكالمة فيديو|مكالمة عبر الفيديو|مكالمة مرئية|اتصال عبر الفيديو|اتصال مرئي"
                + "|اتصالا مرئيا|قمة افتراضية|القمة الافتراضية|قمة عبر الفيديو|اجتماع افتراضي|اجتماعا افتراضيا"
                + "|لقاء افتراضي|عبر الفيديو|عبر تقنية الفيديو|محادثات عبر الفيديو|مكالمة بالفيديو|اتصال بالفيديو");
        triggers(EventKind.PRESS_BRIEFING, "مؤتمر صحفي|مؤتمر صحافي|مؤتمرا صحفيا|مؤتمرا صحافيا|إيجاز صحفي|إيجاز صحافي"
                + "|الإيجاز الصحفي|الإيجاز الصحافي|إفادة صحفية|مؤتمر صحفي مشترك|مؤتمر صحافي مشترك");
        triggers(EventKind.SUMMIT, "قمة|القمة|لقاء القمة");
        triggers(EventKind.TALKS, "محادثات|مباحثات|مفاوضات|محادثة|اجتماع|اجتماعا|لقاء|لقاءا|جولة محادثات"
                + "|جولة مفاوضات|جولة مباحثات|لقائه|لقائها|لقائهما|اجتماعه|اجتماعها|اجتماعهما|مباحثاته|مباحثاتهما"
                + "|محادثاته|محادثاتهما|حوار استراتيجي");
        triggers(EventKind.COUNCIL_MEETING, "جلسة|اجتماع مجلس|جلسة مجلس|اجتماعات مجلس");
        triggers(EventKind.CONFERENCE, "مؤتمر|مؤتمرا");
        verbs(EventKind.PHONE_CALL, "تحدث يتحدث تتحدث تحادث يتحادث سيتحدث ستتحدث يتحدثان سيتحدثان تحادثا");
        verbs(EventKind.TALKS, "اجتمع اجتمعت يجتمع تجتمع سيجتمع ستجتمع التقى التقت يلتقي تلتقي سيلتقي ستلتقي بحث"
                + " بحثت يبحث تبحث سيبحث ستبحث استقبل استقبلت يستقبل تستقبل سيستقبل يلتقيان التقيا");
    }

    private EventLexicon() {
    }

    private static void triggers(EventKind kind, String phrases) {
        for (String p : phrases.split("\\|")) {
            String key = ArabicNormalizer.matchKey(p);
            TRIGGER_STARTS.add(key.split(" ")[0]);
            TRIGGERS.put(key, kind);
            if (!key.startsWith("ال") && !key.startsWith("عبر") && !key.startsWith("هاتف")) {
                TRIGGERS.put(definite(key), kind); // "المؤتمر الصحفي"، "الاتصال الهاتفي"، "المحادثات"
                TRIGGER_STARTS.add("ال" + key.split(" ")[0]);
            }
        }
    }

    /** The definite form of a noun phrase: ال on the noun and on each adjective, not on a preposition. */
    private static String definite(String key) {
        StringBuilder out = new StringBuilder();
        for (String w : key.split(" ")) {
            if (out.length() > 0) {
                out.append(' ');
            }
            boolean bare = w.startsWith("ال") || w.equals("عبر") || w.startsWith("ب") || w.equals("فيديو");
            out.append(bare ? w : "ال" + w);
        }
        return out.toString();
    }

    private static void verbs(EventKind kind, String forms) {
        for (String f : forms.split(" ")) {
            VERBS.put(ArabicNormalizer.matchKey(f), kind);
        }
    }

    /** The key with an attached و/ف and then ب/ل/ك removed ("وللمكالمة" → "المكالمه"). */
    public static String stem(String key) {
        String k = key;
        if (k.length() >= 4 && (k.charAt(0) == 'و' || k.charAt(0) == 'ف')) {
            k = k.substring(1);
        }
        if (k.startsWith("لل") && k.length() >= 4) {
            return "ا" + k.substring(1);
        }
        if (k.length() >= 4 && (k.charAt(0) == 'ب' || k.charAt(0) == 'ل' || k.charAt(0) == 'ك') && k.charAt(1) == 'ا'
                && k.charAt(2) == 'ل') {
            return k.substring(1);
        }
        return k;
    }
}
