package org.newsgraph.extraction.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.newsgraph.extraction.dates.DateMention;
import org.newsgraph.extraction.dates.DateResolver;
import org.newsgraph.extraction.document.Annotation;
import org.newsgraph.extraction.document.Document;
import org.newsgraph.extraction.document.Span;
import org.newsgraph.extraction.lexicon.CueLexicon;
import org.newsgraph.extraction.lexicon.EventLexicon;
import org.newsgraph.extraction.lexicon.Lexicons;
import org.newsgraph.extraction.lexicon.NameLexicon;
import org.newsgraph.extraction.names.NameCollector;
import org.newsgraph.extraction.names.PersonMention;
import org.newsgraph.extraction.names.PersonRegistry;
import org.newsgraph.extraction.tokens.Sentence;
import org.newsgraph.extraction.tokens.SentenceSplitter;
import org.newsgraph.extraction.tokens.Token;
import org.newsgraph.extraction.tokens.Tokenizer;
import org.newsgraph.kinds.EventKind;
import org.newsgraph.kinds.PersonKind;
import org.newsgraph.text.ArabicNormalizer;

/**
 * Finds the sentences' event mentions with their date, place and participants. Leaves out hypothetical and
 * unspecified contacts ("محادثات أخرى"، "ما إذا كان سيجتمع"), communication in general ("وسائل الاتصال") and
 * historical episodes more than a year before publication.
 *
 * <p>Reads {@link Tokenizer#TOKENS}, {@link SentenceSplitter#SENTENCES}, {@link DateResolver#DATES},
 * {@link NameCollector#PEOPLE}, {@link NameCollector#REGISTRY} and the publication day; adds {@link #MENTIONS}.
 */
public final class EventFinder {

    /** Every event mention of the article, in reading order. */
    public static final Annotation<List<EventMention>> MENTIONS = Annotation.named("event mentions");

    private static final int DATE_AFTER = 12;
    private static final Set<String> CITY_WORDS = Lexicons.words("مدينة العاصمة عاصمة");
    private static final int DATE_BEFORE = 5;

    public void annotate(Document doc) {
        List<Token> tokens = doc.get(Tokenizer.TOKENS);
        List<Sentence> sentences = doc.get(SentenceSplitter.SENTENCES);
        List<List<DateMention>> dates = doc.get(DateResolver.DATES);
        Map<Integer, List<PersonMention>> people = doc.get(NameCollector.PEOPLE);
        List<EventMention> mentions = new ArrayList<>();
        for (Sentence s : sentences) {
            List<PersonMention> before = s.index() > 0 && s.paragraph() - sentences.get(s.index() - 1).paragraph() <= 1
                    ? people.getOrDefault(s.index() - 1, List.of()) : List.of();
            mentions.addAll(find(tokens, s, dates.get(s.index()), people.getOrDefault(s.index(), List.of()), before,
                    doc.get(NameCollector.REGISTRY), doc.published()));
        }
        doc.add(MENTIONS, mentions);
    }

    /**
     * The event mentions of sentence {@code s}; {@code people} are its namings, {@code previousPeople} those of the
     * sentence before it, where a dropped subject is named.
     */
    List<EventMention> find(List<Token> tokens, Sentence s, List<DateMention> dates, List<PersonMention> people,
            List<PersonMention> previousPeople, PersonRegistry registry, LocalDate published) {
        List<EventMention> out = new ArrayList<>();
        List<int[]> triggers = new ArrayList<>(); // {from, to, kind ordinal, verbal}
        for (int i = s.from(); i < s.to(); i++) {
            int[] trig = triggerAt(tokens, i, s.to());
            if (trig != null) {
                triggers.add(trig);
                i = trig[1] - 1;
            }
        }
        boolean sentenceFuture = DateResolver.isFuture(tokens, s);
        Set<DateMention> usedDates = new java.util.HashSet<>();

        for (int n = 0; n < triggers.size(); n++) {
            int[] trig = triggers.get(n);
            int from = trig[0];
            int to = trig[1];
            EventKind kind = EventKind.values()[trig[2]];
            if (isHypothetical(tokens, from, s) || excluded(tokens, from, to, s, kind)) {
                continue;
            }
            int prevEnd = n > 0 ? triggers.get(n - 1)[1] : s.from();
            int nextStart = n + 1 < triggers.size() ? triggers.get(n + 1)[0] : s.to();
            boolean reference = isReference(tokens, from, s);
            DateMention date = reference ? null : nearestDate(tokens, dates, usedDates, from, to, prevEnd, nextStart);
            if (date != null) {
                usedDates.add(date);
            }
            DateMention month = null;
            if (date != null && !date.dayPrecise()) {
                month = date; // a month is a claim to compare, not a day to match on
                date = null;
            }
            if (date != null && published != null && date.start().isBefore(published.minusYears(1))) {
                continue; // a historical episode, not a meeting this article reports
            }
            if (kind == EventKind.TALKS && isOrganisational(tokens, to, Math.min(nextStart, to + 6))) {
                kind = EventKind.COUNCIL_MEETING;
            }
            int locAt = placeAfter(tokens, to, Math.min(nextStart, to + 14));
            String location = null;
            Span locationSpan = null;
            if (locAt >= 0) {
                int len = placeLength(tokens, locAt);
                location = EventLexicon.PLACES.get(placeKey(tokens, locAt, len));
                locationSpan = new Span(tokens.get(locAt).start(), tokens.get(locAt + len - 1).end(), null);
            }
            boolean future = (date != null && published != null && date.start().isAfter(published))
                    || (sentenceFuture && !reference && hasFutureNear(tokens, from, to, s))
                    || nextIs(tokens, to, s, EventLexicon.FORWARD);
            boolean earlier = nextIs(tokens, to, s, EventLexicon.EARLIER) || saidEarlier(tokens, from, s);
            int left = Math.max(prevEnd, from - 14);
            if (n > 0) {
                left = Math.max(left, lastComma(tokens, left, from) + 1); // "..., لقاء روسي أطلسي": a new clause
            }
            int clauseFrom = clauseStart(tokens, from, left);
            Set<Integer> participants = reference ? Set.of()
                    : participants(people, registry, clauseFrom,
                            clauseEnd(tokens, to, Math.min(nextStart, trig[3] == 1 ? otherParty(tokens, to, s) : to + 10)));
            if (!reference && hasOtherParty(tokens, from, to, trig[3] == 1, s)
                    && !hasPersonBefore(people, registry, clauseFrom, trig[3] == 1 ? mithAt(tokens, to, s) : from)) {
                Integer subject = subject(tokens, people, previousPeople, registry, s, from);
                if (subject != null) {
                    participants = new LinkedHashSet<>(participants);
                    participants.add(subject); // "أكد خلال لقائه الوزير"، "وأجرى محادثات مع ...": the subject meets
                }
            }
            if (trig[3] == 1 && EventLexicon.MEETING_WITH_OBJECT.contains(tokens.get(from).bare()) && participants.isEmpty()) {
                continue; // "وتستقبل ألمانيا اللاجئين": receiving people who are not named is no meeting
            }
            boolean pair = participants.isEmpty() && hasPairWord(tokens, clauseFrom, Math.min(nextStart, to + 4));
            out.add(new EventMention(kind, s.index(), from, to, date, month, location, locationSpan, participants, reference,
                    future, earlier, trig[3] == 1, pair,
                    trig[3] == 0 && isDefinite(tokens.get(from)), EventLexicon.NEGOTIATIONS.contains(EventLexicon.stem(tokens.get(from).key()))));
        }
        return out;
    }

    /**
     * A meeting with a party named apart from its subject: "لقائه"، "اجتماعها" (a possessive), "محادثات مع ..."، or a
     * meeting verb whose subject was dropped ("وبحث مع ...").
     */
    private static boolean hasOtherParty(List<Token> tokens, int from, int to, boolean verbal, Sentence s) {
        String text = tokens.get(from).text();
        if (!verbal && (text.endsWith("ه") || text.endsWith("ها") || text.endsWith("هما"))) {
            return true;
        }
        return verbal ? mithAt(tokens, to, s) == to : mithAt(tokens, to, s) < to + 2;
    }

    /** The "مع" naming the other party after a trigger (the verb's subject may stand between), or the limit. */
    private static int mithAt(List<Token> tokens, int to, Sentence s) {
        for (int i = to; i < Math.min(s.to(), to + 12); i++) {
            if (tokens.get(i).is("مع")) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    private static boolean hasPersonBefore(List<PersonMention> people, PersonRegistry registry, int from, int to) {
        for (PersonMention m : people) {
            if (m.from() >= from && m.from() < to && registry.get(m.ref()).kind == PersonKind.PERSON) {
                return true;
            }
        }
        return false;
    }

    /**
     * The subject a meeting's possessive or dropped subject stands for: the nearest person named before it in the
     * sentence and not governed by a preposition, else the first person of the sentence before.
     */
    private static Integer subject(List<Token> tokens, List<PersonMention> people, List<PersonMention> previousPeople,
            PersonRegistry registry, Sentence s, int from) {
        Integer nearest = null;
        for (PersonMention m : people) {
            boolean object = m.from() > s.from() && tokens.get(m.from() - 1).word()
                    && OBJECT_MARKERS.contains(tokens.get(m.from() - 1).key());
            if (m.to() <= from && !object && registry.get(m.ref()).kind == PersonKind.PERSON) {
                nearest = m.ref();
            }
        }
        if (nearest != null) {
            return nearest;
        }
        for (PersonMention m : previousPeople) {
            if (registry.get(m.ref()).kind == PersonKind.PERSON) {
                return m.ref();
            }
        }
        return null;
    }

    private static final Set<String> OBJECT_MARKERS = Lexicons.words("مع إلى الى على عن من في بين ضد");

    /** {from, to, kind, verbal} of a trigger at token i, or null. */
    private static int[] triggerAt(List<Token> tokens, int i, int limit) {
        Token t = tokens.get(i);
        if (!t.word()) {
            return null;
        }
        EventKind verb = EventLexicon.VERBS.get(t.bare());
        if (verb != null && i + 1 < limit && tokens.get(i + 1).is("عن")) {
            verb = null; // "تبحث عن تطبيع": searching, not discussing
        }
        if (verb != null && !phoneNear(tokens, i, limit)) {
            if (EventLexicon.MEETING_WITH_OBJECT.contains(t.bare())) {
                return new int[] {i, i + 1, verb.ordinal(), 1}; // "التقى الرئيس نظيره"، "استقبل الملك الوزير"
            }
            for (int j = i + 1; j < Math.min(limit, i + 12); j++) {
                Token u = tokens.get(j);
                if (u.is("مع") || (verb == EventKind.PHONE_CALL && u.is("الي"))) {
                    return new int[] {i, i + 1, verb.ordinal(), 1};
                }
                if ((!u.word() && !u.isComma()) || (u.isComma() && j + 1 < limit && opensClause(tokens.get(j + 1)))) {
                    break; // "خلافات تحدث في الأسرة، ونحن مستمرون مع ...": the مع of another clause
                }
            }
        }
        String first = EventLexicon.stem(t.key());
        if (!EventLexicon.TRIGGER_STARTS.contains(first)) {
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

    /** After a meeting verb, the other party follows "مع" however long the subject's apposition: "تحدث X، وزير ...، مع Y". */
    private static int otherParty(List<Token> tokens, int to, Sentence s) {
        for (int j = to; j < Math.min(s.to(), to + 14); j++) {
            if (tokens.get(j).is("مع")) {
                return j + 7;
            }
        }
        return to + 10;
    }

    /** A word carrying و after a comma starts a coordinated clause, unless it is a title or name ("، وزير ..."). */
    private static boolean opensClause(Token t) {
        return t.word() && !t.bare().equals(t.key()) && !NameLexicon.STARTERS.contains(t.key());
    }

    /** "بحث هاتفيا مع"، "تحدث عبر الهاتف": the phone words make the mention, not the verb. */
    private static boolean phoneNear(List<Token> tokens, int i, int limit) {
        for (int j = i + 1; j < Math.min(limit, i + 8); j++) {
            String k = tokens.get(j).key();
            if (k.equals("هاتفيا") || k.equals("الهاتف")) {
                return true;
            }
        }
        return false;
    }

    private static boolean excluded(List<Token> tokens, int from, int to, Sentence s, EventKind kind) {
        if (to < s.to() && tokens.get(to).word() && EventLexicon.HYPOTHETICAL.contains(tokens.get(to).key())) {
            return true;
        }
        if (from - 2 >= s.from() && tokens.get(from - 1).is("من")
                && EventLexicon.HYPOTHETICAL.contains(tokens.get(from - 2).bare())) {
            return true; // "مزيد من المحادثات"، "جولة أخرى من المحادثات"
        }
        if (from > s.from() && EventLexicon.NAMED_BODIES.contains(ArabicNormalizer.withoutProclitic(tokens.get(from - 1).bare()))) {
            return true; // "حزب المؤتمر"، "مركز المؤتمرات": a name, not a meeting
        }
        String stem = EventLexicon.stem(tokens.get(from).key());
        boolean bareCall = to - from == 1 && (stem.equals("اتصال") || stem.equals("اتصالا"));
        if (bareCall && from > s.from() && EventLexicon.NOT_A_CALL.contains(tokens.get(from - 1).bare())) {
            return true;
        }
        return from > s.from() && EventLexicon.MEANS_OF.contains(ArabicNormalizer.withoutProclitic(tokens.get(from - 1).bare()));
    }

    /** "عقدا في وقت سابق من هذا الشهر قمة": an event placed before the one the article reports. */
    private static boolean saidEarlier(List<Token> tokens, int from, Sentence s) {
        for (int i = Math.max(s.from(), from - 8); i + 3 < from; i++) {
            if (tokens.get(i).bare().equals("في") && tokens.get(i + 1).is("وقت") && tokens.get(i + 2).is("سابق")) {
                return true; // not "في وقت سابق للمكالمة", where the event itself follows
            }
        }
        return false;
    }

    /** "ما إذا كان سيجتمع"، "هل يلتقي": a contact that may or may not happen. */
    private static boolean isHypothetical(List<Token> tokens, int from, Sentence s) {
        for (int i = Math.max(s.from(), from - 6); i < from; i++) {
            Token t = tokens.get(i);
            if (t.word() && (t.is("اذا") || t.is("ربما") || t.is("هل") || t.is("لو")) && !t.quoted()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDefinite(Token t) {
        String stem = EventLexicon.stem(t.key());
        return stem.startsWith("ال") || stem.endsWith("هما") || stem.endsWith("ها");
    }

    /** A definite mention after "قبل/خلال/إثر..." or glued to ل/ب refers to an event named elsewhere. */
    private static boolean isReference(List<Token> tokens, int from, Sentence s) {
        String k = tokens.get(from).key();
        String stem = EventLexicon.stem(k);
        boolean definite = stem.startsWith("ال") || stem.endsWith("هما") || stem.endsWith("ها") || stem.endsWith("ته");
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

    /**
     * The first date after the trigger ("مكالمة ... يوم الخميس"), else one just before it ("في 13 يناير اجتماع"); a
     * date past a complementizer belongs to the clause it opens ("الاجتماع أن كيري أطلع نظراءه أمس").
     */
    private static DateMention nearestDate(List<Token> tokens, List<DateMention> dates, Set<DateMention> used, int from,
            int to, int floor, int ceiling) {
        DateMention before = null;
        for (DateMention d : dates) {
            if (used.contains(d)) {
                continue;
            }
            if (d.from() >= to && d.from() < ceiling && d.from() - to <= DATE_AFTER && !clauseBetween(tokens, to, d.from())) {
                return d;
            }
            if (d.to() <= from && d.to() > floor && from - d.to() < DATE_BEFORE) {
                before = d;
            }
        }
        return before;
    }

    private static boolean clauseBetween(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (tokens.get(i).word() && (CueLexicon.isComplementizer(tokens.get(i)) || CueLexicon.cue(tokens.get(i)) != null)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isOrganisational(List<Token> tokens, int from, int to) {
        for (int i = from; i < to && i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String stem = EventLexicon.stem(t.key());
            if (t.word() && (EventLexicon.ORGANISATION_WORDS.contains(t.key()) || EventLexicon.ORGANISATION_WORDS.contains(stem)
                    || (stem.startsWith("ال") && EventLexicon.ORGANISATION_WORDS.contains(stem.substring(2))))) {
                return true; // "اجتماعا للمجلس الاستشاري"
            }
        }
        return false;
    }

    /** Token index of a place named as "في جنيف" / "بجنيف" after the trigger, or -1. */
    private static int placeAfter(List<Token> tokens, int from, int to) {
        for (int i = from; i < to && i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.word()) {
                continue;
            }
            if (t.is("في") && i + 1 < to && placeLength(tokens, i + 1) > 0) {
                return i + 1;
            }
            if (t.is("في") && i + 2 < to && CITY_WORDS.contains(tokens.get(i + 1).key()) && placeLength(tokens, i + 2) > 0) {
                return i + 2; // "في مدينة جدة"، "في العاصمة الرياض"
            }
            if (i == from && placeLength(tokens, i) > 0) {
                return i; // "محادثات جنيف"
            }
        }
        return -1;
    }

    private static int placeLength(List<Token> tokens, int i) {
        for (int len = 2; len >= 1; len--) {
            if (i + len <= tokens.size() && EventLexicon.PLACES.containsKey(placeKey(tokens, i, len))) {
                return len;
            }
        }
        return 0;
    }

    private static String placeKey(List<Token> tokens, int i, int len) {
        StringBuilder sb = new StringBuilder(tokens.get(i).key());
        for (int j = i + 1; j < i + len; j++) {
            sb.append(' ').append(tokens.get(j).key());
        }
        return sb.toString();
    }

    private static boolean hasFutureNear(List<Token> tokens, int from, int to, Sentence s) {
        Sentence window = new Sentence(s.index(), Math.max(s.from(), from - 6), Math.min(s.to(), to + 4), s.paragraph());
        return DateResolver.isFuture(tokens, window);
    }

    private static boolean nextIs(List<Token> tokens, int to, Sentence s, Set<String> words) {
        for (int i = to; i < Math.min(s.to(), to + 3); i++) {
            if (tokens.get(i).word() && words.contains(tokens.get(i).key())) {
                return true;
            }
        }
        return false;
    }

    /**
     * After the last reporting word or meeting verb before the trigger: who reports is not who meets. After
     * "بما في ذلك" the event is one item of a list of topics, and the people before it only discuss it.
     */
    private static int clauseStart(List<Token> tokens, int from, int floor) {
        for (int i = from - 1; i >= floor; i--) {
            Token t = tokens.get(i);
            boolean newClauseVerb = !t.bare().equals(t.key()) && EventLexicon.MEETING_VERBS.contains(t.bare());
            if (t.word() && (CueLexicon.isComplementizer(t) || newClauseVerb)) {
                return i + 1;
            }
            if (t.is("بما") && i + 2 < from && tokens.get(i + 1).is("في") && tokens.get(i + 2).is("ذلك")) {
                return i + 3;
            }
        }
        return floor;
    }

    private static int lastComma(List<Token> tokens, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (tokens.get(i).isComma()) {
                return i;
            }
        }
        return from - 1;
    }

    /** "الرئيسان"، "الزعيمين": the two leaders the article is about. */
    private static boolean hasPairWord(List<Token> tokens, int from, int to) {
        for (int i = from; i < to && i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.word() && EventLexicon.PAIR_WORDS.contains(EventLexicon.stem(t.key()))) {
                return true;
            }
        }
        return false;
    }

    private static int clauseEnd(List<Token> tokens, int to, int ceiling) {
        for (int i = to; i < ceiling; i++) {
            Token t = tokens.get(i);
            if (t.word() && (CueLexicon.isComplementizer(t) || CueLexicon.cue(t) != null)) {
                return i;
            }
        }
        return ceiling;
    }

    /** People named in the trigger's clause; states and institutions are left out, as they say little of identity. */
    private static Set<Integer> participants(List<PersonMention> people, PersonRegistry registry, int from, int to) {
        Set<Integer> persons = new LinkedHashSet<>();
        for (PersonMention m : people) {
            if (m.from() >= from && m.from() < to && registry.get(m.ref()).kind == PersonKind.PERSON) {
                persons.add(m.ref());
            }
        }
        return persons;
    }

}
