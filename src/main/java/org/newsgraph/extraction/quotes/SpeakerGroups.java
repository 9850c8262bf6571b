package org.newsgraph.extraction.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.newsgraph.extraction.lexicon.EventLexicon;
import org.newsgraph.extraction.lexicon.GrammarWords;
import org.newsgraph.extraction.names.NounPhrase;
import org.newsgraph.extraction.names.NounPhraseParser;
import org.newsgraph.extraction.quotes.QuoteCandidate.Attribution;
import org.newsgraph.extraction.tokens.Sentence;
import org.newsgraph.extraction.tokens.Token;
import org.newsgraph.kinds.PersonKind;
import org.newsgraph.text.LexiconFile;

/**
 * Speakers named together, whom a later verb without a subject speaks for: a joint subject ("وأكد الوزير سالم حداد
 * ونظيره فادي منصور أن ... وقالا إن") and the two parties of a meeting ("التقى X نظيره Y، وأكدا أن"، "اجتمع X مع Y"،
 * "اتصال هاتفي بين X وY").
 * A dual or plural verb without a subject, or "الجانبان"، "الطرفان" after the verb, gives one statement per member of
 * the group named last, until a single speaker is named; a word naming the pair ("الجانبان") or a dual verb goes back to
 * it past single speakers. One instance reads one article in order.
 */
final class SpeakerGroups {

    private static final Set<String> WITH = LexiconFile.withFlag("function-words.tsv", "with");
    private static final Set<String> BETWEEN = LexiconFile.withFlag("function-words.tsv", "between");

    private List<NounPhrase> group = List.of();
    /**
     * The group named last, kept after a single speaker: "الجانبان", a dual title or a dual verb names the pair however
     * many spoke in between ("تلقى X اتصالا من Y ... وذكرت الوزارة أن ... وأكد الجانبان"), where a bare plural verb may be a plural
     * source's ("وقال مسؤولون ... وأضافوا").
     */
    private List<NounPhrase> pair = List.of();

    /**
     * The two parties of the sentence's first meeting verb that names both ("التقى X نظيره Y"، "اجتمع X مع Y"), the
     * parties of an event noun joined after "بين" ("اتصال هاتفي بين X وY"), or those of a contact a verb holds ("تلقى X
     * اتصالا هاتفيا من Y") become the group.
     */
    void meeting(List<Token> tokens, Sentence s, NounPhraseParser parser, boolean[] dateTokens) {
        for (int p = s.from(); p + 2 < s.to(); p++) {
            Token t = tokens.get(p);
            if (!t.word()) {
                continue;
            }
            List<NounPhrase> parties = EventLexicon.VERBS.containsKey(t.bare()) ? verbParties(tokens, s, p, parser)
                    : BETWEEN.contains(t.key()) && afterEventNoun(tokens, s, p, dateTokens) ? jointParties(tokens, s, p + 1, parser)
                    : EventLexicon.MEETING_VERBS.contains(t.bare()) ? contactParties(tokens, s, p, parser)
                    : List.of();
            if (parties.size() >= 2) {
                group = parties;
                pair = parties;
                return;
            }
        }
    }

    /** The subject of the meeting verb at p and the other party, its object or after مع; empty when one is missing. */
    private static List<NounPhrase> verbParties(List<Token> tokens, Sentence s, int p, NounPhraseParser parser) {
        NounPhrase subject = party(parser.parse(p + 1, s.to(), true));
        if (subject == null || subject.to() >= s.to()) {
            return List.of();
        }
        int at = pastTimeWords(tokens, s, subject.to());
        if (at >= s.to()) {
            return List.of();
        }
        boolean object = EventLexicon.MEETING_WITH_OBJECT.contains(tokens.get(p).bare());
        boolean with = tokens.get(at).word() && WITH.contains(tokens.get(at).key());
        // the object is no subject slot: "استقبل الملك وفدا" names no one called "وفدا"
        NounPhrase other = object || with ? party(parser.parse(with ? at + 1 : at, s.to(), false)) : null;
        return other == null ? List.of() : List.of(subject, other);
    }

    /**
     * "تلقى X، اليوم، اتصالا هاتفيا من Y"، "أجرى X مباحثات مع Y": the subject of a verb holding an event and the
     * party after the event noun (and its adjective) and a preposition; empty when one is missing.
     */
    private static List<NounPhrase> contactParties(List<Token> tokens, Sentence s, int p, NounPhraseParser parser) {
        NounPhrase subject = party(parser.parse(p + 1, s.to(), true));
        if (subject == null) {
            return List.of();
        }
        int at = pastTimeWords(tokens, s, subject.to());
        if (at + 2 >= s.to() || !tokens.get(at).word()
                || !EventLexicon.TRIGGERS.containsKey(EventLexicon.stem(tokens.get(at).key()))) {
            return List.of();
        }
        for (int q = at + 1; q < Math.min(s.to() - 1, at + 3); q++) {
            if (tokens.get(q).word() && (GrammarWords.PREPOSITIONS.contains(tokens.get(q).key()) || WITH.contains(tokens.get(q).key()))) {
                NounPhrase other = party(parser.parse(q + 1, s.to(), false));
                return other == null ? List.of() : List.of(subject, other);
            }
        }
        return List.of();
    }

    /** Past the time words and their commas between the subject and the rest: "التقى الوزير فلان، أمس، نظيره". */
    private static int pastTimeWords(List<Token> tokens, Sentence s, int at) {
        while (at < s.to() && (tokens.get(at).isComma()
                || (tokens.get(at).word() && GrammarWords.ADVERBIALS.contains(tokens.get(at).key())))) {
            at++;
        }
        return at;
    }

    /** "بين X وY": the namings joined by و from token at, the first standing where names do, as a subject does. */
    private static List<NounPhrase> jointParties(List<Token> tokens, Sentence s, int at, NounPhraseParser parser) {
        NounPhrase first = party(parser.parse(at, s.to(), true));
        if (first == null) {
            return List.of();
        }
        List<NounPhrase> all = new ArrayList<>(List.of(first));
        all.addAll(JointSubjects.after(tokens, s, first, parser));
        return all;
    }

    /**
     * "اتصال هاتفي بين"، "القمة بين": an event noun within three words before "بين", past the day it was held ("جرى
     * اتصال هاتفي، اليوم السبت، بين").
     */
    private static boolean afterEventNoun(List<Token> tokens, Sentence s, int between, boolean[] dateTokens) {
        int before = between;
        while (before > s.from() && (tokens.get(before - 1).isComma() || dateTokens[before - 1 - s.from()]
                || (tokens.get(before - 1).word() && GrammarWords.ADVERBIALS.contains(tokens.get(before - 1).key())))) {
            before--;
        }
        for (int p = before - 1; p >= Math.max(s.from(), before - 3); p--) {
            if (tokens.get(p).word() && EventLexicon.TRIGGERS.containsKey(EventLexicon.stem(tokens.get(p).key()))) {
                return true;
            }
        }
        return false;
    }

    private static NounPhrase party(NounPhrase np) {
        return np == null || np.refersBack() || (np.kind() != PersonKind.PERSON && np.kind() != PersonKind.INSTITUTION)
                ? null : np;
    }

    /**
     * A statement of the group ({@link QuoteDraft#group}) without a named speaker takes the group's members as its
     * speakers; a statement with several named speakers becomes the group, one with a single named speaker ends it.
     */
    void speakFor(QuoteDraft d) {
        List<NounPhrase> speakers = d.pairSpeaks ? pair : group;
        if (d.group && speakers.size() >= 2 && d.attribution != Attribution.NAMED) {
            d.attribution = Attribution.NAMED;
            d.speaker = speakers.get(0);
            d.joint = speakers.subList(1, speakers.size());
        } else if (d.attribution == Attribution.NAMED && d.speaker != null) {
            List<NounPhrase> named = new ArrayList<>(List.of(d.speaker));
            named.addAll(d.joint);
            group = named.size() >= 2 ? named : List.of();
            pair = named.size() >= 2 ? named : pair;
        }
    }
}
