package org.newsgraph.extraction.events;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.newsgraph.extraction.lexicon.Affixes;
import org.newsgraph.extraction.lexicon.CueLexicon;
import org.newsgraph.extraction.dates.DateResolver;
import org.newsgraph.extraction.lexicon.EventLexicon;
import org.newsgraph.extraction.lexicon.ReportingForms;
import org.newsgraph.text.LexiconFile;
import org.newsgraph.extraction.names.PersonMention;
import org.newsgraph.extraction.names.PersonRegistry;
import org.newsgraph.extraction.tokens.Sentence;
import org.newsgraph.extraction.tokens.Token;
import org.newsgraph.kinds.PersonKind;

/**
 * Who takes part in an event: the people named in the event word's clause, and the subject a possessive or a dropped
 * subject stands for ("خلال لقائه ..."، "وبحث مع ...").
 */
final class EventParticipants {

    private static final Set<String> OBJECT_MARKERS = LexiconFile.words("event-markers.txt", "OBJECT_MARKER");
    /** Words of an aside: a doxology between dashes ("– حفظه الله –"), a place between commas ("، في قصر الضيافة،"). */
    private static final int ASIDE_WORDS = 6;

    private EventParticipants() {
    }

    /**
     * A meeting with a party named apart from its subject: "لقائه"، "اجتماعها" (a possessive), "محادثات مع ..."، or a
     * meeting verb whose subject was dropped ("وبحث مع ...").
     */
    static boolean hasOtherParty(List<Token> tokens, int from, int to, boolean verbal, Sentence s) {
        String text = tokens.get(from).text();
        if (!verbal && EventTriggers.endsWithAny(text, EventLexicon.POSSESSIVES)) {
            return true;
        }
        return verbal ? mithAt(tokens, to, s) == to : mithAt(tokens, to, s) < to + 2;
    }

    /** The "مع" naming the other party after a trigger (the verb's subject may stand between), or the limit. */
    static int mithAt(List<Token> tokens, int to, Sentence s) {
        return mithAt(tokens, to, s, WITH_WORDS);
    }

    /** Tokens after a trigger within which "مع" names its other party. */
    private static final int WITH_WORDS = 12;

    /** The "مع" within {@code reach} tokens after a trigger, or the limit. */
    static int mithAt(List<Token> tokens, int to, Sentence s, int reach) {
        for (int i = to; i < Math.min(s.to(), to + reach); i++) {
            if (EventLexicon.WITH.contains(tokens.get(i).key())) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    /**
     * A complementizer carrying the pronoun of the one who speaks ("إنه"، "أنها"، "إننا"، "بأنني"): the clause it opens
     * tells what the speaker did. A plural or dual pronoun ("أنهم"، "أنهما") may stand for others.
     */
    static boolean speakersOwnPronoun(Token t) {
        if (!t.word() || !CueLexicon.carriesPronoun(t)) {
            return false;
        }
        String k = t.key();
        return !(k.endsWith(Affixes.PRONOUN_THEIR) || k.endsWith(Affixes.PRONOUN_THEIR_TWO)
                || k.endsWith(Affixes.PRONOUN_THEIR_FEMININE) || k.endsWith(Affixes.PRONOUN_YOUR_PLURAL));
    }

    static boolean hasPersonBefore(List<PersonMention> people, PersonRegistry registry, int from, int to) {
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
    static Integer subject(List<Token> tokens, List<PersonMention> people, List<PersonMention> previousPeople,
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

    /** After a meeting verb, the other party follows "مع" however long the subject's apposition: "تحدث X، وزير ...، مع Y". */
    static int otherParty(List<Token> tokens, int to, Sentence s) {
        for (int j = to; j < Math.min(s.to(), to + 14); j++) {
            if (EventLexicon.WITH.contains(tokens.get(j).key())) {
                return j + 7;
            }
        }
        return pastAsides(tokens, to, 10, s.to()); // "استقبل فلان، اليوم في قصر الشاطئ، الرئيس فلانا": past when and where
    }

    /**
     * After the last reporting word or meeting verb before the trigger: who reports is not who meets. After
     * "بما في ذلك" the event is one item of a list of topics, and the people before it only discuss it.
     */
    static int clauseStart(List<Token> tokens, int from, int floor) {
        for (int i = from - 1; i >= floor; i--) {
            Token t = tokens.get(i);
            boolean newClauseVerb = !t.bare().equals(t.key()) && EventLexicon.MEETING_VERBS.contains(t.bare());
            // "الوزير يكشف تفاصيل زيارة الوفد": who reports, named before an imperfect verb as headlines write it, is
            // not who visits; a subject after its verb ("قال الوزير خلال زيارته") stays in the clause
            CueLexicon.Cue cue = t.word() ? CueLexicon.cue(t) : null;
            boolean reportingAfterSubject = cue != null && cue.role() == ReportingForms.Role.VERB && i > floor
                    && t.key().equals(t.bare())
                    && (t.key().startsWith(Affixes.IMPERFECT_HE) || t.key().startsWith(Affixes.IMPERFECT_SHE))
                    && !t.key().startsWith(cue.verb().key()) && tokens.get(i - 1).word(); // imperfect: not "توعد"
            if (t.word() && (CueLexicon.isComplementizer(t) || newClauseVerb || reportingAfterSubject)) {
                return i + 1;
            }
            if (i + 2 < from && EventLexicon.INCLUDING.contains(
                    t.key() + " " + tokens.get(i + 1).key() + " " + tokens.get(i + 2).key())) {
                return i + 3;
            }
        }
        return floor;
    }

    static int lastComma(List<Token> tokens, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (tokens.get(i).isComma()) {
                return i;
            }
        }
        return from - 1;
    }

    /** "الرئيسان"، "الزعيمين": the two leaders the article is about. */
    static boolean hasPairWord(List<Token> tokens, int from, int to) {
        for (int i = from; i < to && i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.word() && EventLexicon.PAIR_WORDS.contains(EventLexicon.stem(t.key()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The tokens from an aside's opening mark at {@code at} to its closing one: a doxology between dashes, or a place
     * after a comma up to the next comma; 0 when none opens there or nothing closes it within a few words.
     */
    static int aside(List<Token> tokens, int at, int limit) {
        Token open = tokens.get(at);
        boolean dash = isDash(open);
        if (!dash && !(open.isComma() && at + 1 < limit && (EventLexicon.ASIDE_OPENERS.contains(tokens.get(at + 1).key())
                || DateResolver.opensDay(tokens.get(at + 1))))) { // "، اليوم في قصر الشاطئ،": when and where
            return 0;
        }
        for (int k = at + 1; k < Math.min(limit, at + ASIDE_WORDS + 2); k++) {
            Token t = tokens.get(k);
            if (dash ? isDash(t) : t.isComma()) {
                return k - at;
            }
            if (!t.word()) {
                return 0;
            }
        }
        return 0;
    }

    /** The end of {@code words} tokens from {@code from}, the asides among them not counted. */
    static int pastAsides(List<Token> tokens, int from, int words, int limit) {
        int end = from + words;
        for (int k = from; k < Math.min(limit, end); k++) {
            int skip = aside(tokens, k, limit);
            end += skip;
            k += skip;
        }
        return Math.min(limit, end);
    }

    private static boolean isDash(Token t) {
        return t.isPunct('–') || t.isPunct('—') || t.isPunct('-');
    }

    static int clauseEnd(List<Token> tokens, int to, int ceiling) {
        for (int i = to; i < ceiling; i++) {
            Token t = tokens.get(i);
            if (t.word() && (CueLexicon.isComplementizer(t) || CueLexicon.cue(t) != null)) {
                return i;
            }
        }
        return ceiling;
    }

    /**
     * People named in the trigger's clause; states and institutions are left out, as they say little of identity. A
     * naming that begins before the clause's window and ends inside it counts: an honorific and a long name ("تلقى صاحب
     * السمو الملكي الأمير فلان بن فلان آل فلان اتصالا") put the holder's first word far from the event word.
     */
    static Set<Integer> participants(List<PersonMention> people, PersonRegistry registry, int from, int to) {
        Set<Integer> persons = new LinkedHashSet<>();
        for (PersonMention m : people) {
            if (m.to() > from && m.from() < to && registry.get(m.ref()).kind == PersonKind.PERSON) {
                persons.add(m.ref());
            }
        }
        return persons;
    }
}
