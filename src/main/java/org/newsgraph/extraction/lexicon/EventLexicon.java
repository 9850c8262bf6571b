package org.newsgraph.extraction.lexicon;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.newsgraph.kinds.EventKind;
import org.newsgraph.extraction.tokens.Token;
import org.newsgraph.text.LexiconFile;

/**
 * Words that name events and what is around them, read from {@code lexicon/event-*.txt} and the other files of the
 * events stage (see that folder's README.md): event nouns and verbs with their kinds, non-event markers, the words of
 * a body in session, places and the words that introduce them.
 */
public final class EventLexicon {

    /** Verbs whose subject is a participant: أجرى مكالمة، عقد اجتماعا، تحدث مع. */
    public static final Set<String> MEETING_VERBS = LexiconFile.words("participant-verbs.txt", "PARTICIPANT");
    /** Present-tense verbs of a scheduled meeting, future after سـ: سيعقد، ستلتقي. */
    public static final Set<String> SCHEDULED_VERBS = LexiconFile.words("participant-verbs.txt", "SCHEDULED");

    /** Trigger phrases (match keys) to their kind; the longest phrase wins. */
    public static final Map<String, EventKind> TRIGGERS = new HashMap<>();
    /** First words of the trigger phrases, to pass over other words without building phrases. */
    public static final Set<String> TRIGGER_STARTS = new HashSet<>();
    /** Verbs that make an event when followed by مع/إلى (تحدث مع، بحث مع), or by their object (below). */
    public static final Map<String, EventKind> VERBS = new HashMap<>();
    /** Meeting verbs that take the other party as a direct object, without مع: التقى، استقبل، زار. */
    public static final Set<String> MEETING_WITH_OBJECT = new HashSet<>();
    /** Words after a meeting that make it a session of an organisation. */
    public static final Set<String> ORGANISATION_WORDS = LexiconFile.words("organisation-words.txt");
    /**
     * Holders of a gathering, one or two words, to the kind it then is: ministers meet as their body's council
     * ("اجتماع وزراء الخارجية العرب"), heads of state in a summit ("لقادة دول المجلس").
     */
    public static final Map<String, EventKind> GATHERING_HOLDERS = new HashMap<>();
    /** Words before a body word that make it part of a title: "رئيس الوزراء" is a person, not a session. */
    public static final Set<String> TITLE_HEADS = LexiconFile.words("event-markers.txt", "TITLE_HEAD");
    /** Words right after a trigger that make it hypothetical or another unspecified contact. */
    public static final Set<String> HYPOTHETICAL = LexiconFile.words("event-markers.txt", "HYPOTHETICAL");
    /** Words a few words before a trigger that make the contact conditional: "ما إذا كان سيجتمع"، "هل يلتقي". */
    public static final Set<String> CONDITIONAL = LexiconFile.words("event-markers.txt", "CONDITIONAL");
    /** Archive and photo captions: their events are not reported ones. */
    public static final Set<String> CAPTION = LexiconFile.words("event-markers.txt", "CAPTION");
    /** Words that open a photo caption: "صورة ..."، "الصورة: ...". */
    public static final Set<String> CAPTION_HEAD = LexiconFile.words("event-markers.txt", "CAPTION_HEAD");
    /** Nouns before a trigger word that make it part of a name: "حزب المؤتمر"، "قاعة المؤتمرات". */
    public static final Set<String> NAMED_BODIES = LexiconFile.words("event-markers.txt", "NAMED_BODY");
    /** Invitations before "إلى/ل" and an event word: "دعا نظيره إلى زيارة" is a wished-for contact. */
    public static final Set<String> INVITATION = LexiconFile.words("event-markers.txt", "INVITATION");
    /** Wishes and demands right before an event word (or the verbal noun of holding it): "نتمنى عقد جلسة". */
    public static final Set<String> WISH = LexiconFile.words("event-markers.txt", "WISH");
    /** Words before an event word that make it a kind of contact, not one held: "مثل هذه الزيارات". */
    public static final Set<String> GENERIC = LexiconFile.words("event-markers.txt", "GENERIC");
    public static final Set<String> COUNT = LexiconFile.words("event-markers.txt", "COUNT");
    /** Verbal nouns of holding an event, between an invitation and the event word: "دعا إلى عقد قمة". */
    public static final Set<String> HOLDING = LexiconFile.words("event-markers.txt", "HOLDING");
    /** Preparations a few words before an event word, which is then still to come: "استعدادا للقمة". */
    public static final Set<String> PREPARATION = LexiconFile.words("event-markers.txt", "PREPARATION");
    /** Words that make a definite mention point at an earlier event than the main one. */
    public static final Set<String> EARLIER = LexiconFile.words("event-markers.txt", "EARLIER");
    /** Duals that name the two leaders of the article ("وسيتحدث الرئيسان"). */
    public static final Set<String> PAIR_WORDS = LexiconFile.words("pair-words.txt");
    /** Qualifiers that put an event after the publication date. */
    public static final Set<String> FORWARD = LexiconFile.words("future-markers.txt");
    /** Prepositions that make a mention a time reference ("قبل المكالمة"، "خلال الاتصال"). */
    public static final Set<String> REFERENCE_PREPOSITIONS = LexiconFile.words("event-markers.txt", "REFERENCE");
    /** "خلال"، "في" between a meeting verb and the call or meeting its act took place in. */
    public static final Set<String> WITHIN = LexiconFile.words("event-markers.txt", "WITHIN");
    /** Nouns before a trigger that make it a means or a process: "طاولة المفاوضات"، "إطلاق المفاوضات". */
    public static final Set<String> MEANS_OF = LexiconFile.words("event-markers.txt", "MEANS");
    /** The press after "تحدث إلى/مع": "تحدث إلى الصحفيين" is no call. */
    public static final Set<String> AUDIENCE = LexiconFile.words("event-markers.txt", "AUDIENCE");
    /** A council's briefing: "إحاطة"، "أحاط" (with a council word near it, that council's session). */
    public static final Set<String> BRIEFING = LexiconFile.words("event-markers.txt", "BRIEFING");
    /** Words naming a legislature ("النواب"، "الكونغرس"): its plenary session, or an address to it, is OTHER. */
    public static final Set<String> LEGISLATURE = LexiconFile.words("event-markers.txt", "LEGISLATURE");
    /** Words naming a legislature after a council word or "أمام" ("مجلس النواب"، "أمام النواب"). */
    public static final Set<String> LEGISLATURE_OF = LexiconFile.words("event-markers.txt", "LEGISLATURE_OF");
    /** Protests before "أمام" ("وقفة احتجاجية أمام البرلمان"): a place, not an address to the body. */
    public static final Set<String> PROTEST = LexiconFile.words("event-markers.txt", "PROTEST");
    /** Words between an undated event and a dated one it follows on the same day ("عقب المباحثات التي أجرياها اليوم"). */
    public static final Set<String> FOLLOWING = LexiconFile.words("event-markers.txt", "FOLLOWING");
    /** Adjectives of many states after talks or a meeting ("محادثات أمنية إقليمية"): a conference. */
    public static final Set<String> MULTILATERAL = LexiconFile.words("event-markers.txt", "MULTILATERAL");
    /** Verbs whose subject is the meeting after them and whose object is its matters, read from `event-markers.txt` CONTENT_VERB. */
    public static final Set<String> CONTENT_VERBS = LexiconFile.words("event-markers.txt", "CONTENT_VERB");
    /** Verbs of a lead that places a speech ("وتأتي تصريحات الوزير غداة ..."), read from `link-words.txt` CAME. */
    public static final Set<String> CAME = LexiconFile.words("link-words.txt", "CAME");
    /** Prepositions placing what they govern before the clause ("عقب المحادثات"), read from `link-words.txt` AFTER. */
    public static final Set<String> AFTER = LexiconFile.words("link-words.txt", "AFTER");
    /** Speech nouns of such a lead ("تصريحات"، "كلمته"), `link-words.txt` SPEECH. */
    public static final Set<String> SPEECH = LexiconFile.words("link-words.txt", "SPEECH");
    /** Bodies two governments form ("لجنة"، "مجلس التنسيق"), read with JOINT words or two states' adjectives after them. */
    public static final Set<String> JOINT_BODY = LexiconFile.words("event-markers.txt", "JOINT_BODY");
    /** Adjectives that make such a body joint ("المشتركة"، "الثنائية"). */
    public static final Set<String> JOINT = LexiconFile.words("event-markers.txt", "JOINT");
    /** Words that call a round next or new ("جولة التفاوض المقبلة"): one not yet set. */
    public static final Set<String> NEXT = LexiconFile.words("event-markers.txt", "NEXT");
    /** Session nouns of a series ("الدورة المقبلة للاجتماع"): with a NEXT word, the next one, not yet set. */
    public static final Set<String> NEXT_OF = LexiconFile.words("event-markers.txt", "NEXT_OF");
    /** Phrases saying an event's day is not set ("لم يحدد موعدها"). */
    public static final Set<String> UNSET = LexiconFile.words("event-markers.txt", "UNSET");
    /** Adjectives of the round under way ("الجولة الحالية"): the round the article has named. */
    public static final Set<String> CURRENT = LexiconFile.words("event-markers.txt", "CURRENT");
    /** A visit or tour, in every possessive form ("زيارته"، "جولتها"): what a meeting "during" it was held on. */
    public static final Set<String> VISIT_NOUNS = LexiconFile.words("event-markers.txt", "VISIT");
    /** Past verbs that open, resume or hold a round ("استؤنفت جولة جديدة"): it is held, though called new. */
    public static final Set<String> STARTED = LexiconFile.words("event-markers.txt", "STARTED");
    /** Round nouns ("الجولة الثانية من المشاورات"). */
    public static final Set<String> ROUND = LexiconFile.words("event-markers.txt", "ROUND");
    /** What a round is of ("المشاورات"، "الحوار"). */
    public static final Set<String> DIALOGUE = LexiconFile.words("event-markers.txt", "DIALOGUE");
    /** Words before "اتصال" that make it mean communication rather than a call. */
    public static final Set<String> NOT_A_CALL = LexiconFile.words("event-markers.txt", "NOT_A_CALL");
    /** "اتصال" alone, communication as well as a call: after a NOT_A_CALL word no call. */
    public static final Set<String> CONTACT = LexiconFile.words("event-markers.txt", "CONTACT");
    /** The preposition naming the other party after a meeting verb or an event word ("بحث مع نظيره"). */
    public static final Set<String> WITH = LexiconFile.words("event-markers.txt", "WITH");
    /** Adjectives of broadcasting after a meeting word ("لقاء تلفزيوني"): an interview, no event. */
    public static final Set<String> INTERVIEW = LexiconFile.words("event-markers.txt", "INTERVIEW");
    /** "إلى": the party of a call ("تحدث هاتفيا إلى نظيره"), what one is invited to ("دعا نظيره إلى زيارة"). */
    public static final Set<String> TO = LexiconFile.words("event-markers.txt", "TO");
    /** Prepositions between a wish and the event word ("يأمل في لقاء"، "دعا إلى عقد قمة"). */
    public static final Set<String> WISH_PREPOSITIONS = LexiconFile.words("event-markers.txt", "WISH_PREPOSITION");
    /** "من" of a part or a source ("مزيد من المحادثات"، "بطلب من"، "الخامس من نوفمبر"). */
    public static final Set<String> OF = LexiconFile.words("event-markers.txt", "OF");
    /** "عن" right after a verb of talks: searching, no talks ("تبحث عن تطبيع"). */
    public static final Set<String> SEARCH_FOR = LexiconFile.words("event-markers.txt", "SEARCH_FOR");
    /** "أمام": an address to a body ("أمام مجلس النواب"), or a place when a protest stands before it. */
    public static final Set<String> IN_FRONT_OF = LexiconFile.words("event-markers.txt", "IN_FRONT_OF");
    /** Words of the phone that make the mention instead of the verb before them ("بحث هاتفيا مع"). */
    public static final Set<String> PHONE = LexiconFile.words("event-markers.txt", "PHONE");
    /** Words of an event phrase that stay without ال in its definite form ("المكالمة عبر الفيديو"). */
    private static final Set<String> NO_ARTICLE = LexiconFile.words("event-markers.txt", "NO_ARTICLE");
    /** A phrase that puts an event before the one reported ("في وقت سابق"). */
    public static final Set<String> EARLIER_TIME = LexiconFile.words("event-markers.txt", "EARLIER_TIME");
    /** "في وقت لاحق"، "لاحقا": an indefinite event after it is a new one, after the one narrated before. */
    public static final Set<String> LATER_TIME = LexiconFile.words("event-markers.txt", "LATER_TIME");
    /** A phrase that makes the event uncertain ("إن كان سيلتقي"). */
    public static final Set<String> WHETHER = LexiconFile.words("event-markers.txt", "WHETHER");
    /** Ordinals of a gathering's edition written as words ("الثامنة"، "الأربعين") to their value, `edition-ordinals.tsv`. */
    public static final Map<String, Integer> EDITION_ORDINALS = new HashMap<>();
    /** The words of that file added to the unit before them ("عشرة" +10, "والعشرين" +20). */
    public static final Map<String, Integer> EDITION_TENS = new HashMap<>();
    /** Adjectives counting a gathering's parties ("الثلاثية"، "الرباعي"), which describe it without naming it. */
    public static final Set<String> PARTY_COUNT = LexiconFile.words("event-markers.txt", "PARTY_COUNT");
    /** Adjectives of a session in a gathering's naming ("العادية"، "الطارئة"), `name-markers.tsv` session-adjective. */
    public static final Set<String> SESSION_ADJECTIVES = LexiconFile.words("name-markers.tsv", "session-adjective");
    /** A phrase after which the event is one item of a list of topics ("بما في ذلك"). */
    public static final Set<String> INCLUDING = LexiconFile.words("event-markers.txt", "INCLUDING");
    /** Starts of committee words ("لجنة"، "لجنتي"), matched at the start of a word without its article. */
    public static final Set<String> COMMITTEE_STEMS = LexiconFile.words("event-markers.txt", "COMMITTEE_STEM");
    /** Hearings ("جلسة استماع"): a session of its own, not the legislature's sitting. */
    public static final Set<String> HEARING = LexiconFile.words("event-markers.txt", "HEARING");
    /** The council word a legislature is named after ("مجلس النواب"). */
    public static final Set<String> COUNCIL_HEADS = LexiconFile.words("event-markers.txt", "COUNCIL_HEAD");
    /** Starts of gathering words that can be a body's session ("اجتماع"، "لقاءات"), matched at the start of a word. */
    public static final Set<String> GATHERING_STEMS = LexiconFile.words("event-markers.txt", "GATHERING_STEM");
    /** Rounds of bargaining ("مفاوضات"). */
    private static final Set<String> NEGOTIATION = LexiconFile.words("event-markers.txt", "NEGOTIATION");
    /** Possessives on an event noun as written ("لقائه"، "اجتماعها"): a party apart from the subject takes part. */
    public static final List<String> POSSESSIVES = suffixes("POSSESSIVE");
    /** Possessives a match key tells apart from ة: the event noun is definite ("اجتماعها"). */
    public static final List<String> DEFINITE_POSSESSIVES = suffixes("DEFINITE");
    /** The possessive ه after the noun's ة ("زيارته"): with the definite ones, a mention a reference points back with. */
    public static final List<String> POSSESSIVES_AFTER_TA = suffixes("DEFINITE_AFTER_TA");
    /** Heads a place name follows in apposition: "العاصمة الروسية موسكو"، "مدينة جدة". */
    public static final Set<String> CITY_WORDS = new HashSet<>();
    /** Prepositions a place follows: "في جنيف"، "إلى موسكو". */
    public static final Set<String> PLACE_PREPOSITIONS = LexiconFile.words("place-heads.txt", "PREPOSITION");
    /** After a comma, the preposition of an aside naming where ("، في قصر الضيافة،"): no part of the subject. */
    public static final Set<String> ASIDE_OPENERS = LexiconFile.words("place-heads.txt", "ASIDE");
    /** Places as written to the name stored for the event. */
    public static final Map<String, String> PLACES = LexiconFile.pairs("places.txt");
    /** The most words a place of `places.txt` has ("رام الله"، "شرم الشيخ"، "أم درمان"). */
    private static final int PLACE_WORDS = 3;

    /**
     * The words of the longest place of `places.txt` at token i, before {@code limit}, its first word read as
     * {@code first} (its key, or its key without a proclitic: "بالرباط" read as "الرباط"); 0 when there is none.
     */
    public static int placeLength(List<Token> tokens, int i, int limit, String first) {
        StringBuilder phrase = new StringBuilder(first);
        int best = 0;
        for (int j = i; j < Math.min(limit, i + PLACE_WORDS) && tokens.get(j).word(); j++) {
            if (j > i) {
                phrase.append(' ').append(tokens.get(j).key());
            }
            if (PLACES.containsKey(phrase.toString())) {
                best = j - i + 1;
            }
        }
        return best;
    }

    /** A word of {@code stems} with a possessive pronoun after it ("مؤتمره"، "دورها"، "فيها"). */
    public static boolean withPossessive(String bare, Set<String> stems) {
        for (String p : POSSESSIVES) {
            if (bare.length() > p.length() + 1 && bare.endsWith(p)) {
                String stem = bare.substring(0, bare.length() - p.length());
                // "ثقته": the ة of "ثقة" is written ت before the pronoun
                boolean openTa = stem.endsWith(Affixes.OPEN_TA)
                        && stems.contains(stem.substring(0, stem.length() - 1) + Affixes.TA_MARBUTA_KEY);
                if (stems.contains(stem) || openTa) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A meeting verb taking a direct object, bare or with the object as a pronoun ("التقى"، "استقبله"). */
    public static boolean isObjectVerb(String bare) {
        return MEETING_WITH_OBJECT.contains(bare) || objectVerbWithPronoun(bare) != null;
    }

    /** Object pronouns a meeting verb carries ("استقبله"، "التقاها"), in the order of their file. */
    private static final List<String> OBJECT_PRONOUNS = suffixes("OBJECT");
    /** Each meeting verb taking a direct object with each object pronoun attached, generated from the verbs. */
    private static final Map<String, String> OBJECT_VERBS_WITH_PRONOUN = new HashMap<>();

    /**
     * The meeting verb taking a direct object that a word is with an object pronoun attached ("استقبله" is "استقبل"،
     * "التقاها" is "التقى"), or null: the pronoun is the other party.
     */
    public static String objectVerbWithPronoun(String bare) {
        return OBJECT_VERBS_WITH_PRONOUN.get(bare);
    }

    static {
        LexiconFile.checkRoles("event-markers.txt", Set.of("HYPOTHETICAL", "CONDITIONAL", "CAPTION", "CAPTION_HEAD", "NAMED_BODY",
                "MEANS", "NOT_A_CALL", "EARLIER", "REFERENCE", "WITHIN", "OBJECT_MARKER", "TITLE_HEAD", "INVITATION", "HOLDING", "PREPARATION", "WISH", "GENERIC", "COUNT", "AUDIENCE",
                "BRIEFING", "LEGISLATURE", "LEGISLATURE_OF", "PROTEST", "ROUND", "DIALOGUE", "FOLLOWING", "MULTILATERAL", "CONTENT_VERB",
                "JOINT_BODY", "JOINT", "NEXT", "STARTED", "CURRENT", "NEXT_OF", "UNSET", "WITH", "INTERVIEW", "TO", "WISH_PREPOSITION", "OF", "SEARCH_FOR", "IN_FRONT_OF", "PHONE",
                "NO_ARTICLE", "CONTACT", "EARLIER_TIME", "LATER_TIME", "WHETHER", "INCLUDING", "COMMITTEE_STEM", "HEARING", "COUNCIL_HEAD",
                "GATHERING_STEM", "NEGOTIATION", "PARTY_COUNT", "VISIT"));
        LexiconFile.checkRoles("pronoun-suffixes.txt", Set.of("OBJECT", "POSSESSIVE", "DEFINITE", "DEFINITE_AFTER_TA"));
        LexiconFile.checkRoles("participant-verbs.txt", Set.of("PARTICIPANT", "SCHEDULED"));
        LexiconFile.checkRoles("place-heads.txt", Set.of("PREPOSITION", "CITY", "CAPITAL", "ASIDE"));
        CITY_WORDS.addAll(LexiconFile.words("place-heads.txt", "CITY"));
        CITY_WORDS.addAll(LexiconFile.words("place-heads.txt", "CAPITAL"));
        for (LexiconFile.Entry e : LexiconFile.entries("event-nouns.txt", 2)) {
            trigger(e.key(), kind(e, 1));
        }
        for (LexiconFile.Entry e : LexiconFile.entries("edition-ordinals.tsv", 2)) {
            String v = e.column(1);
            boolean tens = v.startsWith("+");
            try {
                (tens ? EDITION_TENS : EDITION_ORDINALS).put(e.key(), Integer.parseInt(tens ? v.substring(1) : v));
            } catch (NumberFormatException x) {
                throw e.error("expected a number or +number, found " + v);
            }
        }
        for (LexiconFile.Entry e : LexiconFile.entries("gathering-holders.tsv", 2)) {
            EventKind k = kind(e, 1);
            if (k != EventKind.COUNCIL_MEETING && k != EventKind.SUMMIT) {
                throw e.error("a gathering is held as COUNCIL_MEETING or SUMMIT, not " + k);
            }
            GATHERING_HOLDERS.put(e.key(), k);
        }
        for (LexiconFile.Entry e : LexiconFile.entries("event-verbs.txt", 3)) {
            VERBS.put(e.key(), kind(e, 1));
            switch (e.column(2)) {
                case "OBJECT" -> MEETING_WITH_OBJECT.add(e.key());
                case "WITH" -> {
                }
                default -> throw e.error("unknown frame " + e.column(2) + ", expected WITH or OBJECT");
            }
        }
        for (String verb : MEETING_WITH_OBJECT) {
            if (verb.length() <= 3) {
                continue; // "زاره" is also "وزارة" with its و taken for "and": short verbs only bare
            }
            for (String pronoun : OBJECT_PRONOUNS) {
                OBJECT_VERBS_WITH_PRONOUN.put(verb + pronoun, verb); // "استقبله"، "يلتقيه"
                if (verb.endsWith(Affixes.FINAL_YA)) {
                    // the final ى of "التقى" (key "التقي") is written ا before a pronoun: "التقاه"
                    OBJECT_VERBS_WITH_PRONOUN.put(verb.substring(0, verb.length() - Affixes.FINAL_YA.length()) + Affixes.ALEF
                            + pronoun, verb);
                }
            }
        }
    }

    private EventLexicon() {
    }

    /** The suffixes of `pronoun-suffixes.txt` with a role, as written, in the order of the file. */
    private static List<String> suffixes(String role) {
        return LexiconFile.entries("pronoun-suffixes.txt", 2).stream().filter(e -> e.column(1).equals(role))
                .map(e -> e.column(0)).toList();
    }

    private static EventKind kind(LexiconFile.Entry e, int column) {
        try {
            return EventKind.valueOf(e.column(column));
        } catch (IllegalArgumentException x) {
            throw e.error("unknown event kind " + e.column(column));
        }
    }

    /** Negotiations: rounds of bargaining, which outlets never use for a single call between leaders. */
    public static boolean isNegotiation(String stem) {
        return NEGOTIATION.contains(Affixes.withoutArticle(stem));
    }

    private static void trigger(String key, EventKind kind) {
        TRIGGER_STARTS.add(key.split(" ")[0]);
        TRIGGERS.put(key, kind);
        String first = key.split(" ")[0];
        // "عبر الفيديو"، "هاتفيا": an adverbial, with no definite form
        if (!key.startsWith(Affixes.ARTICLE) && !NO_ARTICLE.contains(first) && !PHONE.contains(first)) {
            TRIGGERS.putIfAbsent(definite(key), kind); // "المؤتمر الصحفي"، "الاتصال الهاتفي"، "المحادثات"
            TRIGGER_STARTS.add(Affixes.ARTICLE + first);
            int space = key.indexOf(' ');
            if (space > 0) { // a construct: the head stays indefinite, what it is of is definite ("جلسة المباحثات")
                TRIGGERS.putIfAbsent(key.substring(0, space + 1) + definite(key.substring(space + 1)), kind);
            }
            String accusative = accusative(key);
            TRIGGER_STARTS.add(accusative.split(" ")[0]);
            TRIGGERS.putIfAbsent(accusative, kind); // "عقدا لقاء صحفيا مشتركا"، "أجرى اتصالا"
        }
    }

    /**
     * The indefinite accusative of a noun phrase as written without vowels: the alif of tanween on each word that
     * would take the article, except where Arabic writes none: after ة (read as ه in keys), after ـاء, on a sound
     * plural or dual (ات، ين، ون) and on a word that already ends in alif.
     */
    static String accusative(String key) {
        StringBuilder out = new StringBuilder();
        for (String w : key.split(" ")) {
            if (out.length() > 0) {
                out.append(' ');
            }
            boolean bare = w.startsWith(Affixes.ARTICLE) || NO_ARTICLE.contains(w) || w.startsWith(Affixes.PREPOSITION_BI)
                    || PHONE.contains(w);
            boolean noAlif = w.endsWith(Affixes.TA_MARBUTA_KEY) || w.endsWith(Affixes.ALEF + Affixes.HAMZA)
                    || w.endsWith(Affixes.ALEF) || w.endsWith(Affixes.ALEF_MAQSURA) || w.endsWith(Affixes.FEMININE_PLURAL)
                    || w.endsWith(Affixes.MASCULINE_PLURAL_OBLIQUE) || w.endsWith(Affixes.MASCULINE_PLURAL);
            out.append(w).append(bare || noAlif ? "" : Affixes.ACCUSATIVE);
        }
        return out.toString();
    }

    /** The definite form of a noun phrase: ال on the noun and on each adjective, not on a preposition. */
    private static String definite(String key) {
        StringBuilder out = new StringBuilder();
        for (String w : key.split(" ")) {
            if (out.length() > 0) {
                out.append(' ');
            }
            boolean bare = w.startsWith(Affixes.ARTICLE) || NO_ARTICLE.contains(w) || w.startsWith(Affixes.PREPOSITION_BI);
            out.append(bare ? w : Affixes.ARTICLE + w);
        }
        return out.toString();
    }

    /** The key with an attached و/ف and then ب/ل/ك removed ("وللمكالمة" → "المكالمه"). */
    public static String stem(String key) {
        String k = key;
        if (k.length() >= 4 && (k.charAt(0) == Affixes.WA || k.charAt(0) == Affixes.FA)) {
            k = k.substring(1);
        }
        if (k.startsWith(Affixes.PREPOSITION_LI_ON_ARTICLE) && k.length() >= 4) {
            return Affixes.articleAfterLi(k);
        }
        if (k.length() >= 4 && (k.charAt(0) == Affixes.BI || k.charAt(0) == Affixes.LI || k.charAt(0) == Affixes.KA)
                && k.startsWith(Affixes.ARTICLE, 1)) {
            return k.substring(1);
        }
        return k;
    }
}
