package org.newsgraph.extraction.events;

import java.util.List;

import org.newsgraph.extraction.lexicon.Affixes;
import org.newsgraph.extraction.lexicon.EventLexicon;
import org.newsgraph.extraction.lexicon.GrammarWords;
import org.newsgraph.extraction.lexicon.NameLexicon;
import org.newsgraph.extraction.tokens.Sentence;
import org.newsgraph.extraction.tokens.Token;
import org.newsgraph.kinds.EventKind;
import org.newsgraph.text.ArabicNormalizer;

/**
 * Where an event word starts and ends, and whether it is one: trigger phrases and meeting verbs, and the words that
 * make them no event (hypothetical, a means, a name, a caption) or only a reference to one named elsewhere.
 */
final class EventTriggers {

    /** Captions are short: a line of a dozen words at most. */
    private static final int CAPTION_WORDS = 12;
    /** Words an invitation may stand before "إلى زيارة": its subject and its guest, with their titles. */
    private static final int INVITATION_WORDS = 8;
    /** Words a wish may stand before "بعقد" and the event word: its subject ("طالب النواب بعقد اجتماع"). */
    private static final int WISH_SUBJECT_WORDS = 2;
    /** Tokens a meeting verb looks ahead for its "مع": the subject with its title and name. */
    private static final int PARTY_REACH = 12;

    private EventTriggers() {
    }

    /** {from, to, kind, verbal} of a trigger at token i, or null. */
    static int[] triggerAt(List<Token> tokens, int i, int limit) {
        Token t = tokens.get(i);
        if (!t.word()) {
            return null;
        }
        String withPronoun = EventLexicon.objectVerbWithPronoun(t.bare());
        EventKind verb = EventLexicon.VERBS.get(withPronoun != null ? withPronoun : t.bare());
        if (verb != null && i + 1 < limit && EventLexicon.SEARCH_FOR.contains(tokens.get(i + 1).key())) {
            verb = null; // "تبحث عن تطبيع": searching, not discussing
        }
        if (verb == EventKind.PHONE_CALL && i + 1 < limit && tokens.get(i + 1).word()
                && (tokens.get(i + 1).key().startsWith(Affixes.PREPOSITION_LI) || occasionOpener(tokens.get(i + 1).key()))) {
            // "مصادر تحدثت لـ«الشروق»"، "تحدث للصحفيين": words to an outlet or an audience; "مشاورات تحدث فيها المبعوث"،
            // "تحدث خلال المؤتمر": speaking at an occasion; no call
            verb = null;
        }
        if (verb != null && !phoneNear(tokens, i, limit)) {
            if (withPronoun != null || EventLexicon.MEETING_WITH_OBJECT.contains(t.bare())) {
                return new int[] {i, i + 1, verb.ordinal(), 1}; // "التقى الرئيس نظيره"، "استقبل الملك الوزير"
            }
            int reach = i + PARTY_REACH;
            for (int j = i + 1; j < Math.min(limit, reach); j++) {
                Token u = tokens.get(j);
                if (u.isComma()) {
                    reach += EventParticipants.aside(tokens, j, limit); // where they met is no part of the subject
                }
                if (EventLexicon.WITH.contains(u.key())
                        || (verb == EventKind.PHONE_CALL && EventLexicon.TO.contains(u.key()))) {
                    return toThePress(tokens, j + 1, limit) ? null : new int[] {i, i + 1, verb.ordinal(), 1};
                }
                if (u.mark() != 0) {
                    continue; // "بحث الوزير “أحمد عطاف” مع نظيره": a name in quotation marks
                }
                if ((!u.word() && !u.isComma()) || (u.isComma() && j + 1 < limit && opensClause(tokens.get(j + 1)))) {
                    break; // "خلافات تحدث في الأسرة، ونحن مستمرون مع ...": the مع of another clause
                }
            }
            if (verb == EventKind.TALKS && i + 1 < limit && NameLexicon.PLURAL_TITLES.contains(tokens.get(i + 1).key())) {
                return new int[] {i, i + 1, verb.ordinal(), 1}; // "يجتمع وزراء الداخلية العرب اليوم": they meet each other
            }
        }
        int[] round = roundAt(tokens, i, limit);
        if (round != null) {
            return round;
        }
        int[] session = sessionOfBodyAt(tokens, i, limit);
        if (session != null) {
            return session;
        }
        String first = EventLexicon.stem(t.key());
        if (isBriefing(t) && !pressBriefingPhrase(tokens, i, limit)) {
            // "في إحاطة أمام مجلس الأمن"، "أحاط المبعوث مجلس الأمن"، "استمع المجلس إلى إحاطة": the council's session
            return councilNear(tokens, i, limit) || ownBriefingSpokenIn(tokens, i)
                    ? new int[] {i, i + 1, EventKind.COUNCIL_MEETING.ordinal(), 0} : null;
        }
        if (!EventLexicon.TRIGGER_STARTS.contains(first)) {
            first = withoutAttachedPreposition(t.key());
        }
        if (first == null || !EventLexicon.TRIGGER_STARTS.contains(first)) {
            return null;
        }
        StringBuilder key = new StringBuilder(first);
        EventKind best = null;
        int bestEnd = i;
        for (int j = i; j < Math.min(limit, i + 4); j++) {
            if (j > i) {
                if (!tokens.get(j).word()) {
                    break;
                }
                key.append(' ').append(tokens.get(j).key());
            }
            EventKind k = EventLexicon.TRIGGERS.get(key.toString());
            if (k != null) {
                best = k;
                bestEnd = j + 1;
            }
        }
        return best == null ? null : new int[] {i, bestEnd, best.ordinal(), 0};
    }

    /**
     * "للقاء نظرائه"، "بزيارة الوزير"، "لمنتدى الشراكة": ب/ل/ك attached to an indefinite event word (after و/ف);
     * null when none is, or when the rest is too short to tell from another word ("لقمة العيش" is a bite, not a summit).
     */
    static String withoutAttachedPreposition(String key) {
        String k = key.length() >= 5 && (key.charAt(0) == Affixes.WA || key.charAt(0) == Affixes.FA) ? key.substring(1) : key;
        char c = k.isEmpty() ? ' ' : k.charAt(0);
        return (c == Affixes.BI || c == Affixes.LI || c == Affixes.KA) && k.length() >= 5 ? k.substring(1) : null;
    }

    /** Words either side of a briefing where the council it is given to may be named. */
    private static final int BRIEFING_REACH = 5;

    /** "إحاطة"، "بإحاطته"، "أحاط": a briefing word (the noun with an attached ب/ل/و, or the verb). */
    static boolean isBriefing(Token t) {
        if (!t.word()) {
            return false;
        }
        String k = t.key();
        String attached = withoutAttachedPreposition(k);
        return EventLexicon.BRIEFING.contains(t.bare()) || EventLexicon.BRIEFING.contains(k)
                || attached != null && EventLexicon.BRIEFING.contains(attached);
    }

    /** "إحاطة إعلامية"، "إحاطة صحفية": the press briefing phrase of `event-nouns.txt`, not a council's. */
    private static boolean pressBriefingPhrase(List<Token> tokens, int i, int limit) {
        if (i + 1 >= limit || !tokens.get(i + 1).word()) {
            return false;
        }
        String first = EventLexicon.stem(tokens.get(i).key());
        String attached = withoutAttachedPreposition(tokens.get(i).key());
        String next = tokens.get(i + 1).key();
        return EventLexicon.TRIGGERS.containsKey(first + " " + next)
                || attached != null && EventLexicon.TRIGGERS.containsKey(attached + " " + next);
    }

    /** "في"، "خلال", alone or with a pronoun ("فيها"، "خلاله"). */
    private static boolean occasionOpener(String key) {
        return GrammarWords.OCCASION_OPENERS.contains(key) || EventLexicon.withPossessive(key, GrammarWords.OCCASION_OPENERS);
    }

    /**
     * "وقال في إحاطته، إن"، "وأضافت خلال إحاطتها": the speaker's own briefing (the noun with its pronoun after an
     * occasion opener) is the council session it was given at, named before or not.
     */
    private static boolean ownBriefingSpokenIn(List<Token> tokens, int i) {
        String k = ArabicNormalizer.withoutProclitic(tokens.get(i).bare());
        boolean possessive = false;
        for (String p : EventLexicon.POSSESSIVES_AFTER_TA) {
            possessive |= k.endsWith(p);
        }
        for (String p : EventLexicon.DEFINITE_POSSESSIVES) {
            possessive |= k.endsWith(Affixes.OPEN_TA + p);
        }
        return possessive && i > 0 && tokens.get(i - 1).word()
                && GrammarWords.OCCASION_OPENERS.contains(ArabicNormalizer.withoutProclitic(tokens.get(i - 1).bare()));
    }

    /** A council word (`organisation-words.txt`, not after a title head) within a few words of the briefing word. */
    private static boolean councilNear(List<Token> tokens, int i, int limit) {
        int from = i;
        while (from > 0 && i - from < BRIEFING_REACH && tokens.get(from - 1).word()) {
            from--;
        }
        for (int j = from; j < Math.min(limit, i + 1 + BRIEFING_REACH); j++) {
            Token u = tokens.get(j);
            if (j > i && !u.word() && !u.isComma()) {
                break;
            }
            if (!u.word() || j == i) {
                continue;
            }
            boolean council = isBodyWord(u.key());
            boolean titled = j > 0 && EventLexicon.TITLE_HEADS.contains(tokens.get(j - 1).bare()); // "رئيس المجلس"
            if (council && !titled) {
                return true;
            }
        }
        return false;
    }

    /**
     * "الجولة الثانية من المشاورات"، "جولتان من المحادثات"، "جولة ثانية من الحوار": a round of talks (`event-markers.txt`
     * ROUND, one word between allowed, then "من" and a DIALOGUE noun) is TALKS; "جولة أخرى من" (HYPOTHETICAL) is none.
     * "الجولة الحالية" (a definite round, then a CURRENT adjective, no "من" after) is the round under way: TALKS.
     */
    static int[] roundAt(List<Token> tokens, int i, int limit) {
        Token t = tokens.get(i);
        if (!t.word() || !(EventLexicon.ROUND.contains(t.bare()) || EventLexicon.ROUND.contains(EventLexicon.stem(t.key())))) {
            return null;
        }
        if (i + 1 < limit && t.bare().startsWith(Affixes.ARTICLE) && tokens.get(i + 1).word()
                && EventLexicon.CURRENT.contains(tokens.get(i + 1).key())
                && !(i + 2 < limit && EventLexicon.OF.contains(tokens.get(i + 2).key()))) {
            return new int[] {i, i + 2, EventKind.TALKS.ordinal(), 0}; // "الجولة الحالية": the round under way
        }
        for (int j = i + 1; j <= i + 2 && j + 1 < limit; j++) {
            Token u = tokens.get(j);
            if (!u.word()) {
                return null;
            }
            if (EventLexicon.OF.contains(u.key())) {
                Token what = tokens.get(j + 1);
                return what.word() && EventLexicon.DIALOGUE.contains(what.bare())
                        ? new int[] {i, j + 2, EventKind.TALKS.ordinal(), 0} : null;
            }
            if (EventLexicon.HYPOTHETICAL.contains(u.key())) {
                return null; // "جولة أخرى من المحادثات"
            }
        }
        return null;
    }

    /**
     * A body's word of `organisation-words.txt` ("مجلس"، "اللجنة"), with or without the article and an attached و/ف,
     * ب/ل/ك: "لمجلس"، "للمجلس"، and "للجنة", where the article's lam is not written before the word's own.
     */
    static boolean isBodyWord(String key) {
        String stem = EventLexicon.stem(key);
        String glued = Affixes.withoutArticle(EventLexicon.stem(ArabicNormalizer.withoutProclitic(key)));
        String attached = withoutAttachedPreposition(key);
        return EventLexicon.ORGANISATION_WORDS.contains(stem) || EventLexicon.ORGANISATION_WORDS.contains(Affixes.withoutArticle(stem))
                || EventLexicon.ORGANISATION_WORDS.contains(glued)
                || attached != null && EventLexicon.ORGANISATION_WORDS.contains(attached);
    }

    /** Words between a session noun and the body it is of: "الدورة العادية الـ 159 لمجلس". */
    private static final int SESSION_WORDS = 5;

    /**
     * "أعمال الدورة العادية الـ159 لمجلس الجامعة"، "الدورة الـ77 للجمعية العامة"، "دورة استثنائية للجنة": a session
     * noun (`event-markers.txt` NEXT_OF), its session adjectives and ordinal, then a body glued to لـ (an
     * `organisation-words.txt` word or a council head) is that body's session. A summit's session ("للقمة") is the
     * summit's, read from its own word; "الدورة التدريبية" names no body.
     */
    static int[] sessionOfBodyAt(List<Token> tokens, int i, int limit) {
        Token t = tokens.get(i);
        if (!t.word() || !EventLexicon.NEXT_OF.contains(t.key())) {
            return null;
        }
        for (int j = i + 1; j < Math.min(limit, i + 1 + SESSION_WORDS); j++) {
            Token u = tokens.get(j);
            if (!u.word() && !u.isNumber()) {
                return null;
            }
            String k = u.key();
            if (k.startsWith(Affixes.PREPOSITION_LI) && k.length() > 3) {
                return isBodyWord(k) ? new int[] {i, j + 1, EventKind.COUNCIL_MEETING.ordinal(), 0} : null;
            }
            boolean part = EventLexicon.SESSION_ADJECTIVES.contains(k) || EventLexicon.EDITION_ORDINALS.containsKey(k)
                    || EventLexicon.EDITION_TENS.containsKey(k) || k.equals(Affixes.ARTICLE) || u.isNumber()
                    || EventLexicon.NEXT.contains(k); // "الدورة المقبلة للجنة": an event only with its day (EventFinder)
            if (!part) {
                return null;
            }
        }
        return null;
    }

    /** Words before "أمام" where a protest makes it a place: "نظموا وقفة احتجاجية صامتة أمام البرلمان". */
    private static final int PROTEST_WORDS = 8;

    /** "وقفة احتجاجية أمام البرلمان"، "تظاهر المئات أمام مجلس النواب": a protest in front of the building, no session. */
    static boolean inFrontOf(List<Token> tokens, int from, Sentence s) {
        if (!EventLexicon.IN_FRONT_OF.contains(tokens.get(from).bare())) {
            return false;
        }
        for (int i = from - 1; i >= Math.max(s.from(), from - PROTEST_WORDS); i--) {
            Token t = tokens.get(i);
            if (t.isPunct('.') || t.isComma() && i < from - 1 && opensClause(tokens.get(i + 1))) {
                return false;
            }
            if (t.word() && (EventLexicon.PROTEST.contains(t.key()) || EventLexicon.PROTEST.contains(t.bare())
                    || EventLexicon.PROTEST.contains(ArabicNormalizer.withoutProclitic(t.key())))) {
                return true;
            }
        }
        return false;
    }

    /** Words after "تحدث إلى/مع" that name the press the speaker addressed: "مجموعة من الصحفيين". */
    private static final int AUDIENCE_WORDS = 4;

    /** "سيتحدث إلى مجموعة من الصحفيين"، "تحدث مع وسائل الإعلام": speaking to the press, not a call or talks. */
    private static boolean toThePress(List<Token> tokens, int from, int limit) {
        for (int j = from; j < Math.min(limit, from + AUDIENCE_WORDS); j++) {
            if (!tokens.get(j).word()) {
                return false;
            }
            if (EventLexicon.AUDIENCE.contains(ArabicNormalizer.withoutProclitic(tokens.get(j).bare()))) {
                return true;
            }
        }
        return false;
    }

    /** "بحث هاتفيا مع"، "تحدث عبر الهاتف": the phone words make the mention, not the verb. */
    static boolean phoneNear(List<Token> tokens, int i, int limit) {
        for (int j = i + 1; j < Math.min(limit, i + PHONE_REACH); j++) {
            Token t = tokens.get(j);
            if (EventLexicon.PHONE.contains(t.key())) {
                return true;
            }
            if (t.isComma() && j + 1 < limit && opensClause(tokens.get(j + 1))) {
                return false; // "، وتلقى اتصالا هاتفيا": another clause's call
            }
        }
        return false;
    }

    /** Tokens after a meeting verb its "by phone" may stand at: past a long subject ("بحث سمو ولي العهد الشيخ فلان
     * اليوم الخميس هاتفيا مع"). */
    private static final int PHONE_REACH = 13;

    /** A word carrying و after a comma starts a coordinated clause, unless it is a title or name ("، وزير ..."). */
    static boolean opensClause(Token t) {
        return t.word() && !t.bare().equals(t.key()) && !NameLexicon.STARTERS.contains(t.key());
    }

    static boolean excluded(List<Token> tokens, int from, int to, Sentence s, EventKind kind) {
        if (to < s.to() && tokens.get(to).word() && EventLexicon.HYPOTHETICAL.contains(tokens.get(to).key())) {
            return true;
        }
        if (from - 2 >= s.from() && EventLexicon.OF.contains(tokens.get(from - 1).key())
                && EventLexicon.HYPOTHETICAL.contains(tokens.get(from - 2).bare())) {
            return true; // "مزيد من المحادثات"، "جولة أخرى من المحادثات"
        }
        if (from > s.from() && EventLexicon.NAMED_BODIES.contains(ArabicNormalizer.withoutProclitic(tokens.get(from - 1).bare()))) {
            return true; // "حزب المؤتمر"، "مركز المؤتمرات": a name, not a meeting
        }
        if (generic(tokens, from, s) || inFrontOf(tokens, from, s) || kind == EventKind.TALKS && interview(tokens, to, s)) {
            return true;
        }
        String stem = EventLexicon.stem(tokens.get(from).key());
        String callStem = Affixes.withoutArticle(stem); // "مجموعة الاتصال" as "وسائل اتصال"
        boolean bareCall = to - from == 1 && EventLexicon.CONTACT.contains(callStem);
        if (bareCall && from > s.from() && EventLexicon.NOT_A_CALL.contains(tokens.get(from - 1).bare())) {
            return true;
        }
        return from > s.from() && EventLexicon.MEANS_OF.contains(ArabicNormalizer.withoutProclitic(tokens.get(from - 1).bare()));
    }

    /**
     * "في لقاء تلفزيوني"، "في لقاء خاص مع قناة ..."، "في حوار لصحيفة ...": a meeting word whose other party is a
     * medium, or that an adjective of broadcasting describes, is an interview, which is no event. A medium glued to ل
     * counts right after the word only: "اللقاء، وفقا لوكالة الأنباء" names the source of the report.
     */
    static boolean interview(List<Token> tokens, int to, Sentence s) {
        for (int i = to; i < Math.min(s.to(), to + INTERVIEW_WORDS); i++) {
            Token t = tokens.get(i);
            if (!t.word()) {
                return false;
            }
            if (EventLexicon.INTERVIEW.contains(t.key())) {
                return true;
            }
            String medium = EventLexicon.WITH.contains(t.key()) && i + 1 < s.to() ? tokens.get(i + 1).bare()
                    : i == to && t.bare().startsWith(Affixes.PREPOSITION_LI) ? t.bare().substring(1) : null;
            if (medium != null) {
                return NameLexicon.MEDIA_HEADS.contains(medium) || NameLexicon.MEDIA_HEADS.contains(Affixes.withoutArticle(medium));
            }
        }
        return false;
    }

    /** Words from a meeting word to its broadcasting adjective or its medium: one adjective between ("لقاء خاص مع"). */
    private static final int INTERVIEW_WORDS = 2;

    /**
     * "دعا نظيره إلى زيارة"، "وجه دعوة لعقد قمة": an invitation in the same clause, a few words (its subject and
     * guest) before "إلى" or an attached ل and the event word (or the verbal noun of holding it), is a wished-for
     * contact.
     */
    static boolean invited(List<Token> tokens, int from, Sentence s) {
        int at = from;
        if (at > s.from() && tokens.get(at - 1).word()
                && EventLexicon.HOLDING.contains(ArabicNormalizer.withoutProclitic(tokens.get(at - 1).bare()))) {
            at--; // "إلى عقد قمة"
        }
        String k = tokens.get(at).bare();
        boolean attached = k.startsWith(Affixes.PREPOSITION_LI) && !EventLexicon.TRIGGER_STARTS.contains(k)
                && (EventLexicon.TRIGGER_STARTS.contains(k.substring(1)) || EventLexicon.HOLDING.contains(k.substring(1)));
        int governed = attached ? at : at - 1;
        if (!attached && (governed < s.from() || !EventLexicon.TO.contains(tokens.get(governed).key()))) {
            return false;
        }
        for (int i = governed - 1; i >= Math.max(s.from(), governed - INVITATION_WORDS); i--) {
            if (!tokens.get(i).word()) {
                return false; // an invitation of another clause
            }
            if (EventLexicon.INVITATION.contains(ArabicNormalizer.withoutProclitic(tokens.get(i).bare()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * An invitation, wish, demand or proposal of the contact ("دعا نظيره إلى زيارة"، "نتمنى عقد جلسة"); it is still an
     * event when the clause gives it its day (see {@code EventFinder}).
     */
    static boolean wishedFor(List<Token> tokens, int from, Sentence s) {
        // "بدعوة الجزائر لعقد "اجتماع عاجل"": the event word in quotation marks is wished for all the same
        int start = from > s.from() && !tokens.get(from - 1).word() && tokens.get(from - 1).mark() > 0 ? from - 1 : from;
        return invited(tokens, start, s) || wished(tokens, start, s);
    }

    /** "نتمنى عقد جلسة"، "طالب بعقد اجتماع"، "يأمل في لقاء": a wish or demand right before the event word. */
    static boolean wished(List<Token> tokens, int from, Sentence s) {
        int at = from;
        if (at > s.from() && tokens.get(at - 1).word()
                && EventLexicon.HOLDING.contains(ArabicNormalizer.withoutProclitic(tokens.get(at - 1).bare()))) {
            at--;
        }
        boolean holding = at < from;
        if (at > s.from() && EventLexicon.WISH_PREPOSITIONS.contains(tokens.get(at - 1).key())) {
            at--;
        }
        // "طالب النواب بعقد اجتماع": the wish may have its subject between it and the holding noun
        for (int i = at - 1; i >= Math.max(s.from(), at - (holding ? WISH_SUBJECT_WORDS + 1 : 1)); i--) {
            if (!tokens.get(i).word()) {
                return false;
            }
            if (EventLexicon.WISH.contains(ArabicNormalizer.withoutProclitic(tokens.get(i).bare()))) {
                return true;
            }
        }
        return false;
    }

    /** "مثل هذه الزيارات"، "العديد من الاجتماعات": a kind or a count of contacts, up to two words before, not one held. */
    static boolean generic(List<Token> tokens, int from, Sentence s) {
        for (int i = from - 1; i >= Math.max(s.from(), from - 2); i--) {
            // a count stands right before the event word or before "من" and it ("مواضيع عدة خلال اللقاء" counts topics)
            boolean counts = EventLexicon.COUNT.contains(tokens.get(i).bare())
                    && (i == from - 1 || EventLexicon.OF.contains(tokens.get(from - 1).key()));
            if (tokens.get(i).word() && (EventLexicon.GENERIC.contains(ArabicNormalizer.withoutProclitic(tokens.get(i).bare()))
                    || counts)) {
                return true;
            }
        }
        return false;
    }

    /** "الاستعدادات لاستضافة الاجتماع"، "تحضيرا للقمة": preparations a few words before an event word put it ahead. */
    static boolean prepared(List<Token> tokens, int from, Sentence s) {
        for (int i = from - 1; i >= Math.max(s.from(), from - 3); i--) {
            if (tokens.get(i).word() && EventLexicon.PREPARATION.contains(ArabicNormalizer.withoutProclitic(tokens.get(i).bare()))) {
                return true;
            }
        }
        return false;
    }

    /** "عقدا في وقت سابق من هذا الشهر قمة": an event placed before the one the article reports. */
    static boolean saidEarlier(List<Token> tokens, int from, Sentence s) {
        for (int i = Math.max(s.from(), from - 8); i + 3 < from; i++) {
            String phrase = tokens.get(i).bare() + " " + tokens.get(i + 1).key() + " " + tokens.get(i + 2).key();
            if (EventLexicon.EARLIER_TIME.contains(phrase)) {
                return true; // not "في وقت سابق للمكالمة", where the event itself follows
            }
        }
        return false;
    }

    /**
     * "وفي وقت لاحق، عقد الوفد جلسة مباحثات"، "والتقى لاحقا": a phrase of `event-markers.txt` LATER_TIME (its first word
     * without و/ف) before the event word in its sentence.
     */
    static boolean saidLater(List<Token> tokens, int from, Sentence s) {
        for (int i = s.from(); i < from; i++) {
            if (!tokens.get(i).word()) {
                continue;
            }
            String bare = tokens.get(i).bare();
            boolean conjunction = bare.length() > 2 && (bare.charAt(0) == Affixes.WA || bare.charAt(0) == Affixes.FA);
            for (String first : List.of(bare, conjunction ? bare.substring(1) : bare)) { // "وفي" is too short to lose و otherwise
                StringBuilder phrase = new StringBuilder(first);
                for (int j = i; j < Math.min(from, i + 3); j++) {
                    if (j > i) {
                        phrase.append(' ').append(tokens.get(j).key());
                    }
                    if (EventLexicon.LATER_TIME.contains(phrase.toString())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** "ما إذا كان سيجتمع"، "هل يلتقي": a contact that may or may not happen. */
    static boolean isHypothetical(List<Token> tokens, int from, Sentence s) {
        Token before = from > s.from() ? tokens.get(from - 1) : null;
        if (before != null && before.word() && GrammarWords.NEGATIONS.contains(before.bare())
                && !GrammarWords.RELATIVE_WHAT.contains(before.bare())) {
            return true; // "لا لقاء سيجمع الرئيسين اليوم"، "لم يلتق الوزير نظيره": a meeting denied
        }
        for (int i = Math.max(s.from(), from - 6); i < from; i++) {
            Token t = tokens.get(i);
            if (t.word() && EventLexicon.CONDITIONAL.contains(t.bare()) && !t.quoted()) {
                return true;
            }
            if (i + 1 < from && EventLexicon.WHETHER.contains(t.bare() + " " + tokens.get(i + 1).bare())) {
                return true; // "ليس من المؤكد إن كان سيلتقي": whether he will meet
            }
        }
        return false;
    }

    static boolean isDefinite(Token t) {
        String stem = EventLexicon.stem(t.key());
        return stem.startsWith(Affixes.ARTICLE) || endsWithAny(stem, EventLexicon.DEFINITE_POSSESSIVES);
    }

    /** Whether the word ends with one of the suffixes. */
    static boolean endsWithAny(String word, List<String> suffixes) {
        for (String suffix : suffixes) {
            if (word.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    /** A definite mention after "قبل/خلال/إثر..." or glued to ل/ب refers to an event named elsewhere. */
    static boolean isReference(List<Token> tokens, int from, Sentence s) {
        String k = tokens.get(from).key();
        String stem = EventLexicon.stem(k);
        boolean definite = isDefinite(tokens.get(from)) || endsWithAny(stem, EventLexicon.POSSESSIVES_AFTER_TA);
        if (!definite) {
            return false;
        }
        for (int i = from - 1; i >= Math.max(s.from(), from - 2); i--) {
            Token t = tokens.get(i);
            if (t.word() && EventLexicon.REFERENCE_PREPOSITIONS.contains(t.bare())) {
                return true;
            }
        }
        return false;
    }

    /** A short line with "أرشيف" or opening with "صورة": the caption of a picture, whose events the article does not report. */
    static boolean isCaption(List<Token> tokens, Sentence s) {
        int words = 0;
        boolean caption = false;
        for (int i = s.from(); i < s.to(); i++) {
            Token t = tokens.get(i);
            words += t.word() ? 1 : 0;
            caption |= t.word() && (EventLexicon.CAPTION.contains(t.key())
                    || i == s.from() && EventLexicon.CAPTION_HEAD.contains(t.key()));
        }
        return caption && words <= CAPTION_WORDS;
    }
}
