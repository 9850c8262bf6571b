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
import org.newsgraph.extraction.lexicon.Affixes;
import org.newsgraph.extraction.lexicon.CueLexicon;
import org.newsgraph.extraction.lexicon.EventLexicon;
import org.newsgraph.extraction.lexicon.GrammarWords;
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
import org.newsgraph.text.LexiconFile;

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
    private static final int DATE_BEFORE = 5;
    /** Words a gathering's holders may stand after it: "لاجتماع المجلس الأعلى لأصحاب الجلالة والسمو قادة دول المجلس". */
    private static final int HOLDER_AFTER = 8;

    public void annotate(Document doc) {
        List<Token> tokens = doc.get(Tokenizer.TOKENS);
        List<Sentence> sentences = doc.get(SentenceSplitter.SENTENCES);
        List<List<DateMention>> dates = doc.get(DateResolver.DATES);
        Map<Integer, List<PersonMention>> people = doc.get(NameCollector.PEOPLE);
        List<EventMention> mentions = new ArrayList<>();
        // the last day a sentence gave for its saying, and who was named there: "وقال X أمس ..." dates the occasions
        // of X's words after it until another day is named
        DateMention lastSayingDay = null;
        List<PersonMention> lastSayers = List.of();
        for (Sentence s : sentences) {
            List<PersonMention> here = people.getOrDefault(s.index(), List.of());
            List<PersonMention> before = s.index() > 0 && s.paragraph() - sentences.get(s.index() - 1).paragraph() <= 1
                    ? people.getOrDefault(s.index() - 1, List.of()) : List.of();
            DateMention previousDay = before.isEmpty() ? null : sayingDay(tokens, sentences.get(s.index() - 1), dates.get(s.index() - 1));
            boolean samePerson = here.stream().anyMatch(p -> before.stream().anyMatch(b -> b.ref() == p.ref()));
            List<PersonMention> sayers = lastSayers;
            boolean sameSayer = here.stream().anyMatch(p -> sayers.stream().anyMatch(b -> b.ref() == p.ref()));
            DateMention earlierDay = lastSayingDay;
            speechLeadDates(tokens, s, dates.get(s.index()), here, mentions);
            DateMention sayingDay = sayingDay(tokens, s, dates.get(s.index()));
            for (EventMention found : find(tokens, s, dates.get(s.index()), here, before, doc.get(NameCollector.REGISTRY),
                    doc.published())) {
                boolean afterWord = afterWordBefore(tokens, found.from());
                // "اتفق X وY، اليوم الثلاثاء، على ...، عقب محادثات جرت في باريس": what the clause's day followed at
                // once was held that day
                EventMention m = found.date() == null && found.month() == null && !found.future() && !found.earlier()
                        && sayingDay != null && afterWord ? found.withDate(sayingDay) : found;
                // "وقال X أمس: ... وقال X في مؤتمر صحفي: ...": the occasion of the same person's words that day; not
                // an event X talks about ("وقال X إن بلاده على علم بالاجتماعات"), which is no occasion of the saying
                // an event the words follow ("عقب مباحثاته") is named as their time, and was held that day too
                boolean undated = m.date() == null && m.month() == null && (!m.reference() || afterWord) && !m.future()
                        && !m.earlier() && !complementizerBefore(tokens, s.from(), m.from());
                boolean carried = undated && previousDay != null && samePerson && m.participants().size() <= 1;
                // further back, only his briefing or the meeting he spoke right after takes that day
                boolean carriedFar = undated && !carried && earlierDay != null && sameSayer
                        && (afterWord || m.kind() == EventKind.PRESS_BRIEFING);
                mentions.add(carried ? m.withDate(previousDay) : carriedFar ? m.withDate(earlierDay) : m);
            }
            if (sayingDay != null) {
                lastSayingDay = sayingDay;
                lastSayers = here;
            } else if (!dates.get(s.index()).isEmpty() || s.paragraph() - (s.index() > 0 ? sentences.get(s.index() - 1).paragraph() : 0) > 1) {
                lastSayingDay = null; // another day named, or a paragraph skipped: the day no longer holds
                lastSayers = List.of();
            }
        }
        doc.add(MENTIONS, mentions);
    }

    /**
     * The only day before the words of a sentence, which dates the saying ("وقال X أمس: ..."), not a day inside what
     * is said ("أعلن X اليوم أن المعبر يفتح اعتبارا من اليوم"، "أن الوفد سيغادر غدا الخميس"): none past a complementizer.
     */
    private static DateMention sayingDay(List<Token> tokens, Sentence s, List<DateMention> dates) {
        List<DateMention> beforeWords = new ArrayList<>();
        for (DateMention d : dates) {
            if (!complementizerBefore(tokens, s.from(), d.from())) {
                beforeWords.add(d);
            }
        }
        return onlyDay(beforeWords);
    }

    /** "عقب محادثات"، "في أعقاب اللقاء": a word of `link-words.txt` AFTER right before the event word. */
    private static boolean afterWordBefore(List<Token> tokens, int at) {
        return at > 0 && tokens.get(at - 1).word()
                && EventLexicon.AFTER.contains(ArabicNormalizer.withoutProclitic(tokens.get(at - 1).bare()));
    }

    private static boolean complementizerBefore(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (tokens.get(i).word() && CueLexicon.isComplementizer(tokens.get(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "جاء ذلك خلال اتصال هاتفي"، "وجاء ذلك على هامش القمة": a sentence opening with an occasion lead
     * (`function-words.tsv` occasion-lead, two words) names a few words on the occasion of what the sentence before
     * narrated.
     */
    private static boolean occasionOfSentenceBefore(List<Token> tokens, Sentence s, int eventAt) {
        int i = s.from();
        while (i < s.to() && !tokens.get(i).word()) {
            i++;
        }
        return i + 2 < eventAt && eventAt <= i + OCCASION_LEAD_REACH && tokens.get(i + 1).word()
                && GrammarWords.OCCASION_LEADS.contains(tokens.get(i).key() + " " + tokens.get(i + 1).key());
    }

    /** Words from an occasion lead to its event: "جاء ذلك على هامش أعمال القمة". */
    private static final int OCCASION_LEAD_REACH = 5;

    /**
     * "وتأتي تصريحات الوزير سالم حداد غداة لقائه الرئيس أمس"، "وجاءت كلمة الوزير بعد يوم من ...": a lead opening
     * with a verb of coming (`link-words.txt` CAME) and a speech noun (SPEECH) dates the speaker's last undated occasion
     * with the first day its sentence gives after the speech noun.
     */
    private static void speechLeadDates(List<Token> tokens, Sentence s, List<DateMention> dates, List<PersonMention> here,
            List<EventMention> mentions) {
        int i = s.from();
        while (i < s.to() && !tokens.get(i).word()) {
            i++;
        }
        if (i + 1 >= s.to() || !EventLexicon.CAME.contains(tokens.get(i).key()) && !EventLexicon.CAME.contains(tokens.get(i).bare())
                || !EventLexicon.SPEECH.contains(tokens.get(i + 1).key())) {
            return;
        }
        int speechAt = i + 1;
        DateMention day = null;
        for (DateMention d : dates) {
            if (d.dayPrecise() && d.from() > speechAt) {
                day = d;
                break;
            }
        }
        PersonMention speaker = null;
        for (PersonMention p : here) {
            if (p.from() > speechAt && p.from() <= speechAt + 6) {
                speaker = p;
                break;
            }
        }
        if (day == null || speaker == null) {
            return;
        }
        for (int k = mentions.size() - 1; k >= 0; k--) {
            EventMention m = mentions.get(k);
            if (m.participants().contains(speaker.ref()) && m.date() == null && m.month() == null && !m.future()
                    && !m.earlier() && !m.reference()) {
                mentions.set(k, m.withDate(day));
                return;
            }
        }
    }

    /**
     * "بحث الرئيس، الإثنين الماضي، خلال اتصال هاتفي مع نظيره": a meeting verb whose act took place in the call or
     * meeting named right after it ("خلال"، "في") is that event, not talks of their own; its day and people go to the
     * noun. A summit or conference after it is another event (a meeting on its sidelines).
     */
    /** Words between a meeting noun and the means of calling it was held by ("اجتماعا مشتركا عبر تقنية الاتصال المرئي"). */
    private static final int MEANS_GAP = 2;

    /**
     * "عقد اجتماعا عبر تقنية الاتصال المرئي مع نظيره"، "لقاء هاتفي": a meeting noun followed at once, or after a word
     * or two, by a call's words is that call, one event of the call's kind.
     */
    private static void joinMeetingsToTheirMeans(List<Token> tokens, List<int[]> triggers) {
        for (int n = triggers.size() - 2; n >= 0; n--) {
            int[] meeting = triggers.get(n);
            int[] call = triggers.get(n + 1);
            EventKind callKind = EventKind.values()[call[2]];
            if (meeting[3] != 0 || call[3] != 0 || EventKind.values()[meeting[2]] != EventKind.TALKS
                    || (callKind != EventKind.VIDEO_CALL && callKind != EventKind.PHONE_CALL)
                    || call[0] - meeting[1] > MEANS_GAP) {
                continue;
            }
            boolean words = true;
            for (int i = meeting[1]; i < call[0]; i++) {
                words &= tokens.get(i).word();
            }
            if (words) {
                triggers.set(n, new int[] {meeting[0], call[1], call[2], 0});
                triggers.remove(n + 1);
            }
        }
    }

    /**
     * "عقدت قمة مصغرة لرؤساء الدول الأعضاء ...، عبر تقنية الفيديو": the means after a summit, conference or council
     * session in its sentence is how that gathering was held, no call of its own; it keeps its kind. After talks, the
     * talks were that call.
     */
    private static void dropMeansOfGatherings(List<Token> tokens, List<int[]> triggers) {
        for (int n = triggers.size() - 1; n >= 1; n--) {
            int[] means = triggers.get(n);
            int[] before = triggers.get(n - 1);
            EventKind gathering = EventKind.values()[before[2]];
            if (means[3] != 0 || !tokens.get(means[0]).word() || !MEANS.contains(tokens.get(means[0]).bare())) {
                continue;
            }
            if (gathering == EventKind.SUMMIT || gathering == EventKind.CONFERENCE || gathering == EventKind.COUNCIL_MEETING) {
                triggers.remove(n);
            } else if (gathering == EventKind.TALKS) {
                // "عقد لقاء مع نظيره، عبر تقنية الفيديو"، "بحث مع نظيره عبر الهاتف": a meeting of two held that way is the call
                triggers.set(n - 1, new int[] {before[0], before[1], means[2], before[3]});
                triggers.remove(n);
            }
        }
    }

    /**
     * "أجرى اتصالا هاتفيا مع أمير قطر، بحثا خلاله القضايا": a meeting verb with a pronoun of "during" after it
     * (`function-words.tsv` during-pronoun) did its discussing in the event named before it, no talks of its own.
     */
    private static void dropVerbsDuringTheEventBefore(List<Token> tokens, List<int[]> triggers) {
        for (int n = triggers.size() - 1; n >= 1; n--) {
            int[] verb = triggers.get(n);
            if (verb[3] == 1 && EventKind.values()[verb[2]] == EventKind.TALKS && verb[1] < tokens.size()
                    && tokens.get(verb[1]).word() && DURING_PRONOUNS.contains(tokens.get(verb[1]).key())) {
                triggers.remove(n);
            }
        }
    }

    private static final Set<String> DURING_PRONOUNS = LexiconFile.withFlag("function-words.tsv", "during-pronoun");

    /** The preposition of a means standing alone ("عبر الفيديو"، "عبر الهاتف"), `function-words.tsv` means. */
    private static final Set<String> MEANS = LexiconFile.withFlag("function-words.tsv", "means");

    private static void dropVerbsOfTheirOccasion(List<Token> tokens, List<int[]> triggers) {
        for (int n = triggers.size() - 2; n >= 0; n--) {
            int[] verb = triggers.get(n);
            int[] noun = triggers.get(n + 1);
            EventKind nounKind = EventKind.values()[noun[2]];
            if (verb[3] != 1 || noun[3] != 0 || EventKind.values()[verb[2]] != EventKind.TALKS
                    || !(nounKind == EventKind.TALKS || nounKind == EventKind.PHONE_CALL || nounKind == EventKind.VIDEO_CALL)
                    || noun[0] - verb[1] > 8 || !tokens.get(noun[0] - 1).word()
                    || !EventLexicon.WITHIN.contains(tokens.get(noun[0] - 1).bare())) {
                continue;
            }
            // "التقيا في باريس، ووقعا خلال اللقاء": a definite noun refers back to the verb's meeting, which stays
            if (!EventTriggers.isDefinite(tokens.get(noun[0])) && !clauseBetween(tokens, verb[1], noun[0])) {
                triggers.remove(n);
            }
        }
    }

    /** True when a day (not a month) is named after the event word, before the next one. */
    private static boolean dayAfter(List<DateMention> dates, int from, int to) {
        for (DateMention d : dates) {
            if (d.dayPrecise() && d.from() >= from && d.from() < to) {
                return true;
            }
        }
        return false;
    }

    /** Tokens after an event word its weekday may stand at ("لجلسة يوم الإثنين المقبل"). */
    private static final int WEEKDAY_REACH = 3;

    /**
     * "دعوته للجلسة التشريعية يوم الإثنين المقبل": a weekday right after an event word sets its day, even where no
     * publication date resolves it: the event is convened, and no reference back to another.
     */
    private static boolean weekdayAfter(List<Token> tokens, int from, int to) {
        for (int i = from; i < Math.min(to, from + WEEKDAY_REACH); i++) {
            if (DateResolver.namesWeekday(tokens.get(i))) {
                return true;
            }
        }
        return false;
    }

    private static DateMention onlyDay(List<DateMention> dates) {
        return dates.size() == 1 && dates.get(0).dayPrecise() ? dates.get(0) : null;
    }

    /**
     * The event mentions of sentence {@code s}; {@code people} are its namings, {@code previousPeople} those of the
     * sentence before it, where a dropped subject is named.
     */
    List<EventMention> find(List<Token> tokens, Sentence s, List<DateMention> dates, List<PersonMention> people,
            List<PersonMention> previousPeople, PersonRegistry registry, LocalDate published) {
        List<EventMention> out = new ArrayList<>();
        if (EventTriggers.isCaption(tokens, s)) {
            return out; // "(صورة أرشيفية) لقاء سابق بين ...": an archive picture, not a reported event
        }
        List<int[]> triggers = new ArrayList<>(); // {from, to, kind ordinal, verbal}
        for (int i = s.from(); i < s.to(); i++) {
            int[] trig = EventTriggers.triggerAt(tokens, i, s.to());
            if (trig != null) {
                triggers.add(trig);
                i = trig[1] - 1;
            }
        }
        dropVerbsOfTheirOccasion(tokens, triggers);
        joinMeetingsToTheirMeans(tokens, triggers);
        dropMeansOfGatherings(tokens, triggers);
        dropVerbsDuringTheEventBefore(tokens, triggers);
        boolean sentenceFuture = DateResolver.isFuture(tokens, s);
        Set<DateMention> usedDates = new java.util.HashSet<>();

        for (int n = 0; n < triggers.size(); n++) {
            int[] trig = triggers.get(n);
            int from = trig[0];
            int to = trig[1];
            EventKind kind = EventKind.values()[trig[2]];
            if (EventTriggers.isHypothetical(tokens, from, s) || EventTriggers.excluded(tokens, from, to, s, kind)) {
                continue;
            }
            int prevEnd = n > 0 ? triggers.get(n - 1)[1] : s.from();
            int nextStart = n + 1 < triggers.size() ? triggers.get(n + 1)[0] : s.to();
            if (EventTriggers.wishedFor(tokens, from, s) && !dayAfter(dates, to, nextStart) && !weekdayAfter(tokens, to, nextStart)) {
                continue; // "دعا إلى عقد قمة" is wished for; "دعا إلى عقد جلسة يومي 24 و25 أيلول" is convened
            }
            // "وفي وقت لاحق، التقى": a verb spelled with ال is no definite noun referring back
            boolean reference = (trig[3] == 0 || !EventTriggers.isDefinite(tokens.get(from))) && EventTriggers.isReference(tokens, from, s) && ownDay(tokens, dates, usedDates, to, nextStart) == null
                    && (dayAfter(dates, to, nextStart) || !weekdayAfter(tokens, to, nextStart)); // "للجلسة يوم الإثنين"
                    // with no publication date to resolve the weekday: a day of its own all the same
            DateMention date = reference ? null : nearestDate(tokens, people, dates, usedDates, from, to, prevEnd, nextStart);
            if (date == null && !reference) {
                date = dayAfterHoldingVerb(tokens, dates, usedDates, from, prevEnd);
            }
            if (date == null && !reference && n == 0) {
                date = openingDate(tokens, dates, usedDates, s, from);
            }
            boolean closing = false;
            if (date == null && !reference && n == 0) {
                date = closingDate(tokens, dates, usedDates, s, to);
                closing = date != null; // the closing day is the whole sentence's: the events after may share it
            }
            if (date != null && !closing) {
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
            if (kind == EventKind.TALKS && trig[3] == 0 && multilateral(tokens, from, to, nextStart)) {
                kind = EventKind.CONFERENCE; // "محادثات أمنية إقليمية في كوالالمبور": many states gather
            }
            if (kind == EventKind.TALKS && trig[3] == 0 && withThePress(tokens, to, s)) {
                kind = EventKind.PRESS_BRIEFING; // "اللقاء السنوي الذي تعقده مع الصحافة": a meeting with the press
            }
            if (kind == EventKind.TALKS && isGathering(tokens.get(from)) && isOrganisational(tokens, to, Math.min(nextStart, to + 4))) {
                kind = EventKind.COUNCIL_MEETING;
            }
            int locAt = EventPlaces.placeAfter(tokens, to, Math.min(nextStart, to + 14));
            for (int naming = namingAround(tokens, people, locAt); naming > 0; naming = namingAround(tokens, people, locAt)) {
                // "زار السفير الفرنسي في عمان جان دوبوا رئيس الوزراء": where a participant is posted is his title
                locAt = EventPlaces.placeAfter(tokens, naming, Math.min(nextStart, to + 14));
            }
            String location = null;
            Span locationSpan = null;
            if (locAt >= 0) {
                int len = Math.max(1, EventPlaces.placeLength(tokens, locAt));
                String key = EventPlaces.placeKey(tokens, locAt, len);
                location = EventLexicon.PLACES.getOrDefault(key, EventLexicon.PLACES.get(ArabicNormalizer.withoutProclitic(key)));
                locationSpan = new Span(tokens.get(locAt).start(), tokens.get(locAt + len - 1).end(), null);
            }
            if (kind == EventKind.PHONE_CALL && trig[3] == 1 && (location != null || visitItIsHeldOn(tokens, triggers, n))) {
                kind = EventKind.TALKS; // "تحادث مع نظيره في قصر قرطاج"، "تحدث معه خلال زيارته": face to face, no call
            }
            boolean prepared = EventTriggers.prepared(tokens, from, s);
            if (prepared && date != null && published != null && !date.start().isAfter(published)
                    && date.from() < from) {
                date = null; // "أكد المتحدث، اليوم، بشأن التحضيرات للقاء الرئيسين": the day of the words, not of the meeting
            }
            // with no publication day, a date written in full in a sentence told in the future tense is ahead
            // ("سيكون ضيفا الأحد القادم، بتاريخ 23 جويلية 2023، في اجتماع")
            boolean future = (date != null && published != null && date.start().isAfter(published))
                    || (date != null && published == null && sentenceFuture)
                    || (sentenceFuture && !reference && hasFutureNear(tokens, from, to, s))
                    || nextIs(tokens, to, s, EventLexicon.FORWARD) || prepared;
            boolean earlier = nextIs(tokens, to, s, EventLexicon.EARLIER) || EventTriggers.saidEarlier(tokens, from, s)
                    || earlierRound(tokens, from, to);
            int left = Math.max(prevEnd, from - 14);
            if (n > 0) {
                left = Math.max(left, EventParticipants.lastComma(tokens, left, from) + 1); // "..., لقاء روسي أطلسي": a new clause
            }
            int clauseFrom = EventParticipants.clauseStart(tokens, from, left);
            EventKind held = gatheringKind(tokens, trig, clauseFrom, Math.min(nextStart, to + HOLDER_AFTER));
            boolean heldByMinisters = false;
            if (held == EventKind.COUNCIL_MEETING && meetsAnOutsider(tokens, people, registry, to, s)) {
                held = null; // "اجتمع وزراء خارجية دول المجلس مع وزير الخارجية الأمريكي": the bloc's talks with a guest
            }
            if (held != null && (kind == EventKind.TALKS || held == EventKind.SUMMIT && kind == EventKind.COUNCIL_MEETING)) {
                heldByMinisters = held == EventKind.COUNCIL_MEETING;
                kind = held; // "يعقد وزراء خارجية دول المجلس اجتماعا": the bloc's council; "لقاء قادة دول المجلس": a summit
            }
            if (kind == EventKind.COUNCIL_MEETING && twoStatesBody(tokens, from, Math.min(nextStart, to + BODY_WORDS))) {
                kind = EventKind.TALKS; // "اجتماع اللجنة المصرية اللبنانية المشتركة": two governments meet, as in a dialogue
            }
            // "خلال المؤتمر الصحفي المشترك مع وزير الخارجية الأردني": a reference naming its other party with مع
            boolean namesItsParty = reference && trig[3] == 0 && EventParticipants.mithAt(tokens, to, s) <= to + 1;
            Set<Integer> participants = reference && !namesItsParty ? Set.of()
                    : EventParticipants.participants(people, registry, reference ? to : clauseFrom,
                            EventParticipants.clauseEnd(tokens, to, Math.min(trig[3] == 1 ? partyEnd(tokens, triggers, n, s) : nextStart,
                                    trig[3] == 1 ? EventParticipants.otherParty(tokens, to, s)
                                            : EventParticipants.pastAsides(tokens, to, 10, s.to()))));
            if (!reference && EventParticipants.hasOtherParty(tokens, from, to, trig[3] == 1, s)
                    && !EventParticipants.hasPersonBefore(people, registry, clauseFrom, trig[3] == 1 ? EventParticipants.mithAt(tokens, to, s) : from)) {
                Integer subject = EventParticipants.subject(tokens, people, previousPeople, registry, s, from);
                if (subject != null) {
                    participants = new LinkedHashSet<>(participants);
                    participants.add(subject); // "أكد خلال لقائه الوزير"، "وأجرى محادثات مع ...": the subject meets
                }
            }
            if (!reference && !participants.isEmpty() && clauseFrom > s.from()
                    && EventParticipants.speakersOwnPronoun(tokens.get(clauseFrom - 1))
                    && !GrammarWords.IMPERSONAL_VERBS.contains(tokens.get(clauseFrom).key())
                    && !EventParticipants.hasPersonBefore(people, registry, clauseFrom, from)) {
                // "قال الرئيس إنه اتصل هاتفيا بالملك"، "وأكد الوزير أنه التقى نظيره": the speaker took part with the
                // party named
                Integer speaker = EventParticipants.subject(tokens, people, previousPeople, registry, s, clauseFrom - 1);
                if (speaker != null) {
                    participants = new LinkedHashSet<>(participants);
                    participants.add(speaker);
                }
            }
            if (participants.isEmpty() && !reference && occasionOfSentenceBefore(tokens, s, from)) {
                // "اتفق X مع Y على ... . جاء ذلك خلال اتصال هاتفي": the people of what came are the occasion's
                participants = EventParticipants.participants(previousPeople, registry, 0, Integer.MAX_VALUE);
            }
            if (trig[3] == 1 && kind == EventKind.OTHER && EventLexicon.isObjectVerb(tokens.get(from).bare())
                    && participants.size() >= 2) {
                kind = EventKind.TALKS; // "زار السفير رئيس الجمهورية": visiting a person is meeting him; a city stays a visit
            }
            boolean pair = participants.isEmpty() && EventParticipants.hasPairWord(tokens, clauseFrom, Math.min(nextStart, to + 4));
            if (trig[3] == 1 && EventLexicon.isObjectVerb(tokens.get(from).bare()) && participants.isEmpty()
                    && !pair) {
                continue; // "وتستقبل ألمانيا اللاجئين": receiving people who are not named is no meeting ("التقى الزعيمان" is one)
            }
            if (date == null && month == null && location == null && nextRound(tokens, from, Math.min(nextStart, to + 2))
                    && !startedBefore(tokens, from, s)) {
                continue; // "جولة التفاوض المقبلة": a round not yet set, no meeting the article can date or place
            }
            if (date == null && month == null && (nextOfSeries(tokens, from, s) || unset(tokens, to, s))) {
                continue; // "الدورة المقبلة للاجتماع"، "زيارته المرتقبة لم يحدد موعدها": not set, no event
            }
            if (trig[3] == 0 && EventLexicon.isNegotiation(EventLexicon.stem(tokens.get(from).key())) && date == null
                    && month == null && location == null && !reference && !held(tokens, from, s)) {
                continue; // "المفاوضات مع الصندوق قطعت شوطا": a process, no meeting of its own
            }
            String body = kind == EventKind.COUNCIL_MEETING ? body(tokens, from, Math.min(nextStart, to + 4))
                    : kind == EventKind.SUMMIT || kind == EventKind.CONFERENCE ? ownName(tokens, dates, to, s) : null;
            if (heldByMinisters) {
                body = MINISTERS_BODY + (body == null ? "" : body); // "اجتماع لوزراء خارجية المجموعة"
            }
            if (kind == EventKind.COUNCIL_MEETING && legislature(tokens, from, Math.min(nextStart, to + LEGISLATURE_AFTER))) {
                body = LEGISLATURE_BODY;
                if (EventLexicon.IN_FRONT_OF.contains(tokens.get(from).bare())) {
                    kind = EventKind.OTHER; // "في كلمة أمام مجلس النواب": an address, no kind of its own; "الجلسة العامة
                } // للبرلمان"، "عقد مجلس النواب جلسة": a sitting of the legislature is a council's session
            }
            String edition = trig[3] == 0 ? EventEditions.edition(tokens, dates, kind, from, to, Math.min(nextStart, s.to())) : null;
            out.add(new EventMention(kind, s.index(), from, to, date, month, location, locationSpan, participants, reference,
                    future, earlier, trig[3] == 1, pair,
                    trig[3] == 0 && definiteNaming(tokens, from, to), EventLexicon.isNegotiation(EventLexicon.stem(tokens.get(from).key())),
                    body, edition, trig[3] == 0 && !reference && !EventTriggers.isDefinite(tokens.get(from))
                            && EventTriggers.saidLater(tokens, from, s)));
        }
        return visitsWithTheirMeetings(tokens, datedByFollowedEvent(tokens, out, people));
    }

    /** The end of the naming of a person a place at token i lies inside, a name after it, or -1 (also for i = -1). */
    private static int namingAround(List<Token> tokens, List<PersonMention> people, int i) {
        for (PersonMention p : people) {
            if (i >= 0 && p.from() < i && i + Math.max(1, EventPlaces.placeLength(tokens, i)) < p.to()) {
                return p.to();
            }
        }
        return -1;
    }

    /**
     * The trigger after trigger n opens an occasion ("خلال"، "أثناء") and is a visit ("خلال زيارته إلى لشبونة"): the
     * event of trigger n took place on that visit.
     */
    private static boolean visitItIsHeldOn(List<Token> tokens, List<int[]> triggers, int n) {
        if (n + 1 >= triggers.size()) {
            return false;
        }
        int[] next = triggers.get(n + 1);
        return EventKind.values()[next[2]] == EventKind.OTHER && next[3] == 0 && next[0] > 0
                && next[0] - triggers.get(n)[1] <= VISIT_TO_MEETING_WORDS
                && GrammarWords.OCCASION_OPENERS.contains(tokens.get(next[0] - 1).key())
                && EventLexicon.VISIT_NOUNS.contains(EventLexicon.stem(tokens.get(next[0]).key()));
    }

    /** Words between a visit verb and a meeting verb joined to it: its object, a day, a place. */
    private static final int VISIT_TO_MEETING_WORDS = 8;

    /**
     * "زارت الوزيرة عمان الأحد الماضي والتقت الصفدي"، "وزار الوفد القاهرة واجتمع بوزير الخارجية": a meeting verb joined by
     * و to a visit verb of its clause is the meeting held on that visit, one event of talks with the visit's day,
     * place and people (the visitor is the subject of both).
     */
    private static List<EventMention> visitsWithTheirMeetings(List<Token> tokens, List<EventMention> found) {
        List<EventMention> out = new ArrayList<>(found);
        for (int k = 0; k + 1 < out.size(); k++) {
            EventMention visit = out.get(k);
            EventMention meeting = out.get(k + 1);
            if (!visit.verbal() || !meeting.verbal() || visit.kind() != EventKind.OTHER || meeting.kind() != EventKind.TALKS
                    || visit.sentence() != meeting.sentence() || meeting.from() - visit.to() > VISIT_TO_MEETING_WORDS
                    || !tokens.get(meeting.from()).text().startsWith(Affixes.CONJUNCTION_WA) || visit.future() != meeting.future()) {
                continue;
            }
            boolean sameClause = true;
            for (int i = visit.to(); i < meeting.from(); i++) {
                sameClause &= tokens.get(i).word() || tokens.get(i).mark() != 0;
            }
            if (!sameClause) {
                continue;
            }
            java.util.Set<Integer> people = new java.util.LinkedHashSet<>(visit.participants());
            people.addAll(meeting.participants());
            out.set(k, new EventMention(EventKind.TALKS, visit.sentence(), visit.from(), meeting.to(),
                    visit.date() != null ? visit.date() : meeting.date(), visit.month() != null ? visit.month() : meeting.month(),
                    visit.location() != null ? visit.location() : meeting.location(),
                    visit.location() != null ? visit.locationSpan() : meeting.locationSpan(), people, visit.reference(),
                    visit.future(), visit.earlier() || meeting.earlier(), true, visit.pair(), false, false, null, null,
                    visit.later()));
            out.remove(k + 1);
        }
        return out;
    }

    /**
     * "عقدا مؤتمرا صحفيا عقب المباحثات التي أجرياها اليوم": an undated event followed, a few words on, by a FOLLOWING
     * word and an event its clause dates was held that day. A meeting verb's object named before that word, a comma
     * after it, does not count ("التقى الرئيس أمير البلاد سالم حداد، على هامش القمة المنعقدة السبت").
     */
    private static List<EventMention> datedByFollowedEvent(List<Token> tokens, List<EventMention> found, List<PersonMention> people) {
        List<EventMention> out = new ArrayList<>(found);
        for (int k = 0; k + 1 < out.size(); k++) {
            EventMention m = out.get(k);
            EventMention next = out.get(k + 1);
            int start = m.verbal() ? afterObject(tokens, people, m.to(), next.from()) : m.to();
            if (m.date() != null || m.month() != null || m.reference() || next.date() == null || !next.date().dayPrecise()
                    || next.from() - start > FOLLOWING_WORDS || next.from() <= m.to()) {
                continue;
            }
            for (int i = start; i < next.from(); i++) {
                Token t = tokens.get(i);
                if (!t.word()) {
                    break;
                }
                if (EventLexicon.FOLLOWING.contains(t.key()) || EventLexicon.FOLLOWING.contains(ArabicNormalizer.withoutProclitic(t.key()))) {
                    out.set(k, m.withDate(next.date()));
                    break;
                }
            }
        }
        return out;
    }

    /** Where the words after a meeting verb's object begin: past the namings right after it and one comma after them. */
    private static int afterObject(List<Token> tokens, List<PersonMention> people, int from, int limit) {
        int at = from;
        boolean named = true;
        while (named && at < limit) {
            named = false;
            for (PersonMention p : people) {
                if (p.from() <= at && at < p.to()) {
                    at = p.to();
                    named = true;
                }
            }
        }
        return at > from && at < limit && tokens.get(at).isComma() ? at + 1 : at;
    }

    /** Words between an event and the dated one it follows on ("عقب المباحثات"، "على هامش القمة"). */
    private static final int FOLLOWING_WORDS = 4;

    /**
     * The first date after the trigger ("مكالمة ... يوم الخميس"), else one just before it ("في 13 يناير اجتماع"); a
     * date past a complementizer belongs to the clause it opens ("الاجتماع أن كيري أطلع نظراءه أمس"), and one before
     * it to the saying ("وأوضح الأمين العام في بيان له اليوم أن جدول أعمال الاجتماع ...").
     */
    private static DateMention nearestDate(List<Token> tokens, List<PersonMention> people, List<DateMention> dates,
            Set<DateMention> used, int from, int to, int floor, int ceiling) {
        DateMention before = null;
        for (DateMention d : dates) {
            if (used.contains(d) || tokens.get(d.from()).quoted() != tokens.get(from).quoted()) {
                continue; // "في معرض إحاطته للمجلس \"سينتهي عمل البعثة يوم الأحد\"": the quotation's day, not the briefing's
            }
            if (DateResolver.sinceDate(tokens, d)) {
                continue; // "في زيارة هي الثانية له منذ 7 أكتوبر": when a period began, not the visit's day
            }
            if (d.from() >= to && d.from() < ceiling && unnamedTokens(tokens, people, to, d.from()) <= DATE_AFTER
                    && !clauseBetween(tokens, to, d.from())) {
                return d;
            }
            if (d.to() <= from && d.to() > floor && from - d.to() < DATE_BEFORE && !clauseBetween(tokens, d.to(), from)) {
                before = d;
            }
        }
        return before;
    }

    /**
     * "تلقى، اليوم السبت، وزير الخارجية ...، مكالمة هاتفية"، "واختتمت، اليوم 6 مايو، ... المباحثات": a day set right
     * after the verb opening the sentence (between commas, before its long subject) dates the first event the sentence
     * names, unless a complementizer or a cue stands between them ("قال، اليوم، الوزير إن الاجتماع ...").
     */
    private static DateMention openingDate(List<Token> tokens, List<DateMention> dates, Set<DateMention> used, Sentence s,
            int from) {
        for (DateMention d : dates) {
            int at = d.from() - s.from();
            boolean afterVerb = at == 1 || at == 2 && tokens.get(s.from() + 1).isComma();
            if (d.dayPrecise() && !used.contains(d) && afterVerb && d.to() <= from && !clauseBetween(tokens, d.to(), from)) {
                return d;
            }
        }
        return null;
    }

    /**
     * "جاء ذلك في مؤتمر صحفي ...، قبيل بدء الحوار بين البلدين، الإثنين.": a day alone after the sentence's last comma,
     * closing it, dates the first event the sentence names (the occasion the sentence is about), unless a complementizer
     * or a cue stands between them (the day would be of the words reported).
     */
    private static DateMention closingDate(List<Token> tokens, List<DateMention> dates, Set<DateMention> used, Sentence s,
            int to) {
        for (DateMention d : dates) {
            if (!d.dayPrecise() || used.contains(d) || d.from() <= to || !tokens.get(d.from() - 1).isComma()
                    || tokens.get(d.from()).quoted() || clauseBetween(tokens, to, d.from())) {
                continue;
            }
            boolean closes = true;
            for (int i = d.to(); i < s.to(); i++) {
                closes &= !tokens.get(i).word();
            }
            if (closes) {
                return d;
            }
        }
        return null;
    }

    /**
     * The tokens from {@code from} to {@code to} outside the namings of people and without commas: "استقبل ولي العهد
     * الأمير فلان بن فلان آل فلان، في قصر ... بالرياض اليوم الأربعاء، وفدا": the host's long naming and the commas of the
     * aside do not part the meeting verb from its day.
     */
    private static int unnamedTokens(List<Token> tokens, List<PersonMention> people, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            int at = i;
            boolean named = people.stream().anyMatch(p -> p.from() <= at && at < p.to());
            n += named || tokens.get(i).isComma() ? 0 : 1;
        }
        return n;
    }

    private static boolean clauseBetween(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (tokens.get(i).word() && (CueLexicon.isComplementizer(tokens.get(i)) || CueLexicon.cue(tokens.get(i)) != null)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the other party of a meeting verb may be named: up to the next event word, passing over a reference to an
     * occasion the meeting is part of ("سيلتقي الرئيس خلال الزيارة برئيس الوزراء"، "يجتمع خلال زيارته مع نظيره").
     */
    private static int partyEnd(List<Token> tokens, List<int[]> triggers, int n, Sentence s) {
        for (int k = n + 1; k < triggers.size(); k++) {
            int[] next = triggers.get(k);
            if (next[3] == 1 || !EventTriggers.isReference(tokens, next[0], s)) {
                return next[0];
            }
        }
        return s.to();
    }

    /**
     * "محادثات إقليمية"، "محادثات أمنية إقليمية": a MULTILATERAL adjective right after the event word, or after one more
     * unless a verb of its matters stands right before it ("تناول اللقاء الأوضاع الإقليمية": the word after the
     * meeting is the verb's object, and the adjective is that object's).
     */
    private static boolean multilateral(List<Token> tokens, int from, int to, int ceiling) {
        Token before = from > 0 ? tokens.get(from - 1) : null;
        boolean subject = before != null && before.word()
                && (EventLexicon.CONTENT_VERBS.contains(before.key()) || EventLexicon.CONTENT_VERBS.contains(before.bare()));
        for (int i = to; i < Math.min(ceiling, to + (subject ? 1 : 2)) && i < tokens.size(); i++) {
            if (!tokens.get(i).word()) {
                return false;
            }
            if (EventLexicon.MULTILATERAL.contains(tokens.get(i).key())) {
                return true;
            }
        }
        return false;
    }

    /** The prefix of the body of a ministers' gathering ("يجتمع وزراء الداخلية"، "اجتماع لوزراء خارجية المجموعة"). */
    static final String MINISTERS_BODY = "#ministers:";

    /** The body of every legislature's session: one article's addresses to its parliament are one sitting. */
    static final String LEGISLATURE_BODY = "#legislature";
    /** Words after a session word or "أمام" where the legislature may be named: "الجلسة العامة لمجلس النواب". */
    private static final int LEGISLATURE_AFTER = 4;
    /** Words between the verb holding an event and its day and the event word: "يعقد الرئيس الخميس مع نظيره ... جولة مباحثات". */
    private static final int HOLDING_VERB_WORDS = 24;

    /**
     * "أمام مجلس النواب"، "جلسة البرلمان"، "الجلسة البرلمانية": a session of a legislature (`event-markers.txt`
     * LEGISLATURE), or an address to one, in the trigger or a few words after it; not one of its committees ("اجتماع
     * لجنة الشؤون الاقتصادية بمجلس النواب") nor a hearing ("جلسة استماع").
     */
    static boolean legislature(List<Token> tokens, int from, int to) {
        for (int i = from; i < to && i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.mark() != 0) {
                continue; // "أمام «النواب»"
            }
            if (!t.word()) {
                return false;
            }
            String stem = EventLexicon.stem(t.key());
            String bare = ArabicNormalizer.withoutProclitic(t.bare());
            String noArticle = Affixes.withoutArticle(stem);
            if (startsWithAny(noArticle, EventLexicon.COMMITTEE_STEMS) || EventLexicon.HEARING.contains(noArticle)) {
                return false; // a committee or a hearing of the legislature is a session of its own
            }
            if (EventLexicon.LEGISLATURE.contains(stem) || EventLexicon.LEGISLATURE.contains(bare)) {
                return true;
            }
            int p = i - 1;
            while (p >= from && tokens.get(p).mark() != 0) {
                p--;
            }
            if (p >= from && (EventLexicon.LEGISLATURE_OF.contains(stem) || EventLexicon.LEGISLATURE_OF.contains(bare))) {
                String head = EventLexicon.stem(tokens.get(p).key());
                String headBare = ArabicNormalizer.withoutProclitic(tokens.get(p).bare());
                if (EventLexicon.IN_FRONT_OF.contains(headBare) || isCouncilHead(head) || isCouncilHead(headBare)) {
                    return true; // "مجلس النواب"، "أمام النواب"
                }
            }
        }
        return false;
    }

    private static boolean isCouncilHead(String w) {
        return EventLexicon.COUNCIL_HEADS.contains(Affixes.withoutArticle(w));
    }

    /** Whether the word starts with one of the stems. */
    private static boolean startsWithAny(String word, Set<String> stems) {
        for (String stem : stems) {
            if (word.startsWith(stem)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "عقب المباحثات التي أجرياها اليوم": a definite event word after "عقب/خلال" is a reference, unless a relative clause
     * right after it gives its own day; that day, or null.
     */
    private static DateMention ownDay(List<Token> tokens, List<DateMention> dates, Set<DateMention> used, int to, int ceiling) {
        int rel = to;
        if (rel + 1 < tokens.size() && tokens.get(rel).word() && tokens.get(rel).key().startsWith(Affixes.ARTICLE)
                && !GrammarWords.RELATIVES.contains(tokens.get(rel).key())) {
            rel++; // "عقب المباحثات الرسمية التي أجرياها اليوم": one adjective before the relative pronoun
        }
        if (rel + 1 < tokens.size() && tokens.get(rel).isComma()) {
            rel++; // "خلال الاتصال الهاتفي، الذي جرى اليوم،": the relative clause set off by commas
        }
        if (rel >= tokens.size() || !tokens.get(rel).word() || !GrammarWords.RELATIVES.contains(tokens.get(rel).key())) {
            return null;
        }
        to = rel;
        for (DateMention d : dates) {
            if (!used.contains(d) && d.dayPrecise() && d.from() > to && d.from() < ceiling && d.from() - to <= 4
                    && !clauseBetween(tokens, to, d.from())) {
                return d;
            }
        }
        return null;
    }

    /**
     * "يعقد الرئيس الخميس مع نظيره السوداني في الخرطوم جولة مباحثات": a day between the verb holding the event
     * (`participant-verbs.txt` PARTICIPANT or SCHEDULED, or a meeting verb) and the event word, in one clause, dates it.
     */
    private static DateMention dayAfterHoldingVerb(List<Token> tokens, List<DateMention> dates, Set<DateMention> used, int from,
            int floor) {
        int verb = -1;
        for (int i = from - 1; i >= Math.max(floor, from - HOLDING_VERB_WORDS); i--) {
            Token t = tokens.get(i);
            if (!t.word() && !t.isComma() && t.mark() == 0 && !t.isPunct('(') && !t.isPunct(')') && !t.isPunct('/')
                    && !Character.isDigit(t.text().charAt(0))) {
                break; // "ترأست الوزيرة اليوم الاثنين (4/9) اجتماعا": a date in figures between parentheses
            }
            if (t.word() && (CueLexicon.isComplementizer(t) || CueLexicon.cue(t) != null)) {
                break;
            }
            if (t.word() && (EventLexicon.MEETING_VERBS.contains(t.bare()) || EventLexicon.SCHEDULED_VERBS.contains(t.bare()))) {
                verb = i;
                break;
            }
        }
        if (verb < 0) {
            return null;
        }
        for (DateMention d : dates) {
            if (!used.contains(d) && d.dayPrecise() && d.from() > verb && d.to() <= from) {
                return d;
            }
        }
        return null;
    }

    /** A definite event word, or a body's definite word after "أمام" ("في كلمته أمام المجلس": the council named before). */
    private static boolean definiteNaming(List<Token> tokens, int from, int to) {
        return EventTriggers.isDefinite(tokens.get(from)) || from + 1 < to
                && EventLexicon.IN_FRONT_OF.contains(tokens.get(from).bare()) && EventTriggers.isDefinite(tokens.get(from + 1));
    }

    /** The word naming the body after its head ("مجلس الأمن" → "الامن"، "للمجلس الاستشاري" → "الاستشاري"), or null. */
    private static String body(List<Token> tokens, int from, int to) {
        for (int i = from; i + 1 < to && i + 1 < tokens.size(); i++) {
            Token next = tokens.get(i + 1);
            // "جلسة لمجلس الوزراء" is the body of "جلسة مجلس الوزراء": the ل of an indefinite session's body is dropped
            if (tokens.get(i).word() && EventTriggers.isBodyWord(tokens.get(i).key()) && next.word()) {
                // "أمام المجلس إن": a complementizer, cue or particle after the body word names no body
                boolean namesBody = !CueLexicon.isComplementizer(next) && CueLexicon.cue(next) == null
                        && !GrammarWords.PREPOSITIONS.contains(next.key()) && !NameLexicon.isStop(next);
                return namesBody ? next.key() : null;
            }
        }
        return null;
    }

    /**
     * The name a summit or conference carries right after its word ("قمة جدة"، "القمة العربية"، "مؤتمر الرياض"):
     * the next word, unless it is a preposition, a function word, a date word or a cue; null otherwise.
     */
    private static String ownName(List<Token> tokens, List<DateMention> dates, int to, Sentence s) {
        int at = to < s.to() && tokens.get(to).mark() > 0 ? to + 1 : to; // "قمة "جدة للأمن""
        if (at >= s.to() || !tokens.get(at).word()) {
            return null;
        }
        Token t = tokens.get(at);
        boolean functionWord = GrammarWords.PREPOSITIONS.contains(t.key()) || NameLexicon.isStop(t)
                || CueLexicon.isComplementizer(t) || CueLexicon.cue(t) != null || dates.stream().anyMatch(d -> d.from() == at);
        return functionWord ? null : "#" + t.key(); // "#": a name, never equal to a council's body word
    }

    /** Words after a body word where its two states or its joint adjective are named: "اللجنة العليا الأردنية القطرية". */
    private static final int BODY_WORDS = 6;

    /**
     * "اجتماع اللجنة المشتركة"، "لجنة المتابعة المصرية القطرية"، "مجلس التنسيق السعودي الإماراتي": a body word
     * (`event-markers.txt` JOINT_BODY) followed by a JOINT adjective (`event-markers.txt`) or by the nationality adjectives of two states is a body of two
     * governments; not "اللجنة المشتركة من لجنتي ..." (committees of one parliament) nor a body with a MULTILATERAL word;
     * read in the body's own name and adjectives (definite words), not in a clause after it.
     */
    private static boolean twoStatesBody(List<Token> tokens, int from, int to) {
        int body = -1;
        String state = null;
        boolean joint = false;
        for (int i = from; i < to && i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.word()) {
                if (t.isPunct('.') || t.isComma()) {
                    break;
                }
                continue; // "الأردنية – القطرية"
            }
            String stem = EventLexicon.stem(t.key());
            if (body < 0) {
                body = EventLexicon.JOINT_BODY.contains(Affixes.withoutArticle(stem)) ? i : -1;
                continue;
            }
            if (EventLexicon.MULTILATERAL.contains(t.key())) {
                return false;
            }
            if (!t.bare().startsWith(Affixes.ARTICLE) && !EventLexicon.JOINT.contains(t.key())) {
                break; // the body's name and adjectives end: "اللجنة التحضيرية يأتي في إطار العلاقات الثنائية"
            }
            if (EventLexicon.JOINT.contains(t.key())) {
                joint = i + 1 >= tokens.size() || !EventLexicon.OF.contains(tokens.get(i + 1).key());
            } else if (NameLexicon.isStateNationality(t.key())) {
                String n = NameLexicon.nationality(t.key());
                if (state != null && !state.equals(n)) {
                    return true;
                }
                state = n;
            }
        }
        return joint;
    }

    /**
     * "جولة التفاوض المقبلة"، "الجولة القادمة من المحادثات"، "جولة تفاوض جديدة": a round (`event-markers.txt` ROUND)
     * called next or new (NEXT) right after it or its noun of talks.
     */
    private static boolean nextRound(List<Token> tokens, int from, int to) {
        Token head = tokens.get(from);
        if (!EventLexicon.ROUND.contains(head.bare()) && !EventLexicon.ROUND.contains(EventLexicon.stem(head.key()))
                && !EventLexicon.NEXT_OF.contains(head.key())) {
            return false; // a round, or a body's session ("الدورة المقبلة للجنة")
        }
        for (int i = from + 1; i < to && i < tokens.size() && tokens.get(i).word(); i++) {
            if (EventLexicon.NEXT.contains(tokens.get(i).key())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "الدورة المقبلة للاجتماع رفيع المستوى"، "النسخة القادمة من المنتدى": a session noun of a series (`event-markers.txt`
     * NEXT_OF) and a NEXT word right before the event word (or before "من" and it): the next one, not yet set.
     */
    private static boolean nextOfSeries(List<Token> tokens, int from, Sentence s) {
        int at = from - 1;
        if (at > s.from() && EventLexicon.OF.contains(tokens.get(at).key())) {
            at--;
        }
        return at - 1 >= s.from() && tokens.get(at).word() && EventLexicon.NEXT.contains(tokens.get(at).key())
                && tokens.get(at - 1).word() && EventLexicon.NEXT_OF.contains(ArabicNormalizer.withoutProclitic(tokens.get(at - 1).bare()));
    }

    /** Words after the event word in which a phrase saying its day is not set (UNSET) is looked for. */
    private static final int UNSET_WORDS = 8;

    /** "زيارته المرتقبة إلى باريس لم يحدد موعدها بعد": a phrase of `event-markers.txt` UNSET a few words after it. */
    private static boolean unset(List<Token> tokens, int to, Sentence s) {
        for (int i = to; i + 2 < s.to() && i < to + UNSET_WORDS; i++) {
            StringBuilder phrase = new StringBuilder(tokens.get(i).bare());
            for (int j = i + 1; j < Math.min(s.to(), i + 4); j++) {
                phrase.append(' ').append(tokens.get(j).key());
                if (EventLexicon.UNSET.contains(phrase.toString())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Words before a round in which a verb that opened or resumed it (STARTED) is looked for. */
    private static final int STARTED_WORDS = 12;

    /**
     * "استؤنفت في مدينة جدة، مساء الأحد، جولة جديدة من المفاوضات": a past verb of opening, resuming or holding
     * (`event-markers.txt` STARTED) before the round in its sentence, no full stop between: the round is held.
     */
    private static boolean startedBefore(List<Token> tokens, int from, Sentence s) {
        for (int i = from - 1; i >= Math.max(s.from(), from - STARTED_WORDS); i--) {
            Token t = tokens.get(i);
            if (t.isPunct('.')) {
                return false;
            }
            if (t.word() && (EventLexicon.STARTED.contains(t.bare())
                    || EventLexicon.STARTED.contains(ArabicNormalizer.withoutProclitic(t.key())))) {
                return true;
            }
        }
        return false;
    }

    /** "اجتماع"، "لقاء": a gathering that can be a body's session, unlike talks between parties. */
    private static boolean isGathering(Token t) {
        String stem = EventLexicon.stem(t.key());
        String attached = EventTriggers.withoutAttachedPreposition(t.key()); // "للقاء"، "لاجتماع"
        return startsWithAny(Affixes.withoutArticle(stem), EventLexicon.GATHERING_STEMS)
                || attached != null && startsWithAny(attached, EventLexicon.GATHERING_STEMS);
    }

    /**
     * "مع" then the press (`event-markers.txt` AUDIENCE) as the other party of a meeting noun, in its clause; or the
     * press glued to بـ right after it or its adjectives ("لقائه الدوري بالصحافة الوطنية"، "لقاء بوسائل الإعلام").
     */
    private static boolean withThePress(List<Token> tokens, int to, Sentence s) {
        int with = EventParticipants.mithAt(tokens, to, s);
        if (with != Integer.MAX_VALUE && with + 1 < s.to() && tokens.get(with + 1).word()
                && EventLexicon.AUDIENCE.contains(ArabicNormalizer.withoutProclitic(tokens.get(with + 1).bare()))) {
            return true;
        }
        for (int j = to; j < Math.min(s.to(), to + PRESS_AFTER_BI); j++) {
            Token t = tokens.get(j);
            if (!t.word()) {
                return false;
            }
            if (t.key().startsWith(Affixes.PREPOSITION_BI)) {
                return EventLexicon.AUDIENCE.contains(ArabicNormalizer.withoutProclitic(t.bare()))
                        || j + 1 < s.to() && EventLexicon.AUDIENCE.contains(ArabicNormalizer.withoutProclitic(tokens.get(j + 1).bare()));
            }
        }
        return false;
    }

    /** Words from a meeting word to the press glued to بـ: the word after it and up to two adjectives. */
    private static final int PRESS_AFTER_BI = 3;

    /** Words after a meeting word within which "مع" names the guest a bloc's ministers meet. */
    private static final int GUEST_WORDS = 16;

    /** "مع" and a person after it, in the clause after the meeting word: someone the bloc meets, not its own session. */
    private static boolean meetsAnOutsider(List<Token> tokens, List<PersonMention> people, PersonRegistry registry, int to,
            Sentence s) {
        int with = EventParticipants.mithAt(tokens, to, s, GUEST_WORDS);
        return with != Integer.MAX_VALUE
                && people.stream().anyMatch(m -> m.from() == with + 1 && registry.get(m.ref()).kind == PersonKind.PERSON);
    }

    /**
     * The kind a gathering ("اجتماع"، "لقاء"، or a meeting verb without an object: "يجتمع") takes from its holders named
     * before it in its clause or just after it (`gathering-holders.tsv`): null when none is named, or only after "مع"
     * ("اجتماع مع وزراء الخارجية" is talks with them) or a title head ("رئيس الوزراء").
     */
    private static EventKind gatheringKind(List<Token> tokens, int[] trig, int clauseFrom, int limit) {
        Token head = tokens.get(trig[0]);
        boolean gathering = trig[3] == 0 ? isGathering(head) : !EventLexicon.isObjectVerb(head.bare());
        if (!gathering) {
            return null;
        }
        for (int i = clauseFrom; i < limit && i < tokens.size(); i++) {
            if (i == trig[0]) {
                i = trig[1] - 1;
                continue;
            }
            Token t = tokens.get(i);
            if (!t.word() || (i > clauseFrom && (EventLexicon.WITH.contains(tokens.get(i - 1).key())
                    || EventLexicon.TITLE_HEADS.contains(tokens.get(i - 1).bare())))) {
                continue;
            }
            // "وزراء" is no و and "زراء"; "ووزراء"، "لوزراء" carry one
            for (String first : List.of(t.key(), ArabicNormalizer.withoutProclitic(t.key()))) {
                EventKind k = i + 1 < limit && tokens.get(i + 1).word()
                        ? EventLexicon.GATHERING_HOLDERS.get(first + " " + tokens.get(i + 1).key()) : null;
                k = k == null ? EventLexicon.GATHERING_HOLDERS.get(first) : k;
                if (k != null) {
                    return k;
                }
            }
        }
        return null;
    }

    private static boolean isOrganisational(List<Token> tokens, int from, int to) {
        for (int i = from; i < to && i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String stem = EventLexicon.stem(t.key());
            boolean titled = i > from && EventLexicon.TITLE_HEADS.contains(tokens.get(i - 1).bare()); // "رئيس الوزراء"
            if (t.word() && !titled && (EventLexicon.ORGANISATION_WORDS.contains(t.key())
                    || EventLexicon.ORGANISATION_WORDS.contains(stem)
                    || (stem.startsWith(Affixes.ARTICLE)
                            && EventLexicon.ORGANISATION_WORDS.contains(Affixes.withoutArticle(stem))))) {
                return true; // "اجتماعا للمجلس الاستشاري"
            }
        }
        return false;
    }

    /** "أجرى الوفدان مفاوضات"، "عقدوا جولة": a participant verb just before the event word makes it a meeting held. */
    private static boolean held(List<Token> tokens, int from, Sentence s) {
        for (int i = from - 1; i >= Math.max(s.from(), from - 3); i--) {
            if (tokens.get(i).word() && EventLexicon.MEETING_VERBS.contains(tokens.get(i).bare())) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasFutureNear(List<Token> tokens, int from, int to, Sentence s) {
        Sentence window = new Sentence(s.index(), Math.max(s.from(), from - 6), Math.min(s.to(), to + 4), s.paragraph());
        return DateResolver.isFuture(tokens, window);
    }

    /**
     * "الجولة السابقة من المفاوضات"، "الجولة الماضية من المحادثات": a round whose word between it and "من" (`event-markers.txt`
     * EARLIER) puts it before the one reported; the word lies inside the round's trigger, where {@link #nextIs} does not look.
     */
    private static boolean earlierRound(List<Token> tokens, int from, int to) {
        Token head = tokens.get(from);
        if (!EventLexicon.ROUND.contains(head.bare()) && !EventLexicon.ROUND.contains(EventLexicon.stem(head.key()))) {
            return false;
        }
        for (int i = from + 1; i < to; i++) {
            if (tokens.get(i).word() && EventLexicon.EARLIER.contains(tokens.get(i).key())) {
                return true;
            }
        }
        return false;
    }

    private static boolean nextIs(List<Token> tokens, int to, Sentence s, Set<String> words) {
        for (int i = to; i < Math.min(s.to(), to + 3); i++) {
            if (tokens.get(i).word() && words.contains(tokens.get(i).key())) {
                return true;
            }
        }
        return false;
    }

}
