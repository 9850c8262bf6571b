package org.newsgraph.extraction.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.newsgraph.extraction.dates.DateMention;
import org.newsgraph.extraction.dates.DateResolver;
import org.newsgraph.extraction.document.Annotation;
import org.newsgraph.extraction.document.Document;
import org.newsgraph.extraction.lexicon.Affixes;
import org.newsgraph.extraction.lexicon.CueLexicon;
import org.newsgraph.extraction.lexicon.GrammarWords;
import org.newsgraph.extraction.lexicon.Inflections;
import org.newsgraph.extraction.lexicon.Inflections.Affix;
import org.newsgraph.extraction.names.NameCollector;
import org.newsgraph.extraction.names.NounPhrase;
import org.newsgraph.extraction.names.NounPhraseParser;
import org.newsgraph.extraction.quotes.QuoteCandidate.Attribution;
import org.newsgraph.extraction.tokens.Sentence;
import org.newsgraph.extraction.tokens.SentenceSplitter;
import org.newsgraph.extraction.tokens.Token;
import org.newsgraph.extraction.tokens.Tokenizer;
import org.newsgraph.text.LexiconFile;

/**
 * Finds statements introduced by reporting words: direct (in quotation marks, also split around the cue), indirect
 * (cue, speaker, إن/أن), mixed, and statements taken as the object of a cue (نفى وجود…). A second reporting cue in a
 * sentence starts a second statement, unless it is reported inside the first ("قال إن بايدن قال ..."). Sentences
 * without a cue go to {@link UncuedStatements}.
 *
 * <p>Reads {@link Tokenizer#TOKENS}, {@link SentenceSplitter#SENTENCES}, {@link DateResolver#DATES} and
 * {@link NameCollector#PARSER}; adds {@link #QUOTES}.
 */
public final class QuoteFinder {

    /** The article's statements in reading order, each with its cue and the naming of its speaker if any. */
    public static final Annotation<List<QuoteCandidate>> QUOTES = Annotation.named("statements");

    static final Set<String> CONNECTORS = LexiconFile.withFlag("function-words.tsv", "connector");
    /** A hope opening the words ("أمله"، "أملا"): what the speaker hopes for, no statement. */
    private static final Set<String> HOPES = LexiconFile.withFlag("function-words.tsv", "hope");

    public void annotate(Document doc) {
        doc.add(QUOTES, find(doc.get(Tokenizer.TOKENS), doc.get(SentenceSplitter.SENTENCES), doc.get(DateResolver.DATES),
                doc.get(NameCollector.PARSER)));
    }

    /** Words before a verb that an "according to" and its source may stand in ("وبحسب مصادر دبلوماسية تحدثت"). */
    private static final int SOURCE_BEFORE_VERB = 5;

    /** Whether token k lies inside the naming of a source after "حسب"، "وفقا لـ" ("حسب مصادر تحدثت للصحيفة، فإن"). */
    private static boolean insideSourceAfterAccordingTo(List<Token> tokens, Sentence s, int k, NounPhraseParser parser) {
        for (int p = Math.max(s.from(), k - SOURCE_BEFORE_VERB); p < k - 1; p++) {
            Token t = tokens.get(p);
            if (t.word() && (CueLexicon.ACCORDING_TO.contains(t.key()) || CueLexicon.ACCORDING_TO.contains(t.bare()))) {
                NounPhrase np = parser.parse(p + 1, s.to(), true);
                return np != null && np.to() > k;
            }
        }
        return false;
    }

    /** A statement being built; its end moves when a second cue splits the sentence. */
    List<QuoteCandidate> find(List<Token> tokens, List<Sentence> sentences, List<List<DateMention>> dates,
            NounPhraseParser parser) {
        List<QuoteCandidate> out = new ArrayList<>();
        int lastQuoteParagraph = -10;
        SpeakerGroups groups = new SpeakerGroups();
        for (Sentence s : sentences) {
            boolean[] dateTokens = dateTokens(s, dates.get(s.index()));
            List<QuoteDraft> drafts = new ArrayList<>();
            QuoteDraft open = null;
            for (int k = s.from(); k < s.to(); k++) {
                Token t = tokens.get(k);
                CueLexicon.Cue cue = t.quoted() ? null : CueLexicon.cueAt(tokens, k, s.from(), s.to());
                if (cue == null && !t.quoted() && SourceAfterContent.afterAccordingToWhat(tokens, k)) {
                    cue = CueLexicon.withResumptivePronoun(t); // "، وفق ما ذكرته الوزارة"
                }
                boolean verbalNoun = cue == null && !t.quoted() && CueLexicon.verbalNoun(t) != null;
                if ((cue != null || verbalNoun)
                        && ((open != null && open.speaker != null && k >= open.speaker.from() && k < open.speaker.to())
                                || insideSourceAfterAccordingTo(tokens, s, k, parser))) {
                    continue; // "وقالت مصادر تحدثت للصحيفة إن"، "حسب مسؤول طلب عدم ذكر اسمه،": words of the speaker's naming
                }
                if (verbalNoun) {
                    boolean inside = open != null && k < open.to && k >= open.from;
                    QuoteDraft d = inside && !VerbalNounStatements.splits(tokens, k, s) ? null
                            : VerbalNounStatements.at(tokens, s, k, parser, open != null);
                    if (d != null && !sameStart(drafts, d)) { // "جدد X التأكيد على أن": one statement, the verb's
                        if (inside) {
                            open.to = StatementBounds.trimEnd(tokens, open.from, connectorStart(tokens, k - 1, open.from));
                        }
                        drafts.add(d);
                        open = d;
                    }
                    continue;
                }
                if (cue == null || (cue.frame() == CueLexicon.Frame.PARTICIPLE && !afterClauseBreak(tokens, k, s))) {
                    continue; // "مذكرة احتجاج" is a memo: participles only count as an adverbial after a comma
                }
                int cutAt = -1; // where the open statement ends if this cue starts another
                if (open != null && k < open.to && k >= open.from) {
                    boolean reported = isPlural(t) && !(k + 1 < s.to() && parser.mayStart(tokens.get(k + 1)));
                    // "عن إدانتها واستنكارها": a noun of saying with its pronoun inside the words is part of them
                    boolean noun = cue.frame() == CueLexicon.Frame.REPORTED;
                    if (open.direct || reported || noun || !(splits(tokens, s, open, k, cue) || asyndeticMainVerb(tokens, s, k, cue, parser))) {
                        // "لا ينفي" asserts nothing anyone said; "وقد أعلنوا" has a subject other than the speaker's
                        // "قال إنه يتوقع ...": the speaker's own verb, reported by no one else
                        if (cue.frame() != CueLexicon.Frame.PARTICIPLE && !noun && !isNegated(tokens, k)
                                && !CueLexicon.carriesPronoun(tokens.get(k - 1))) {
                            open.nested = cue;
                        }
                        continue;
                    }
                    int at = isNegated(tokens, k) ? k - 1 : counterpartStart(tokens, k, open.from); // "ولكنه لم يذكر": the journalist's, from the connector
                    cutAt = StatementBounds.trimEnd(tokens, open.from, connectorStart(tokens, at, open.from));
                }
                QuoteDraft d = CueStatement.at(tokens, s, k, cue, parser, dateTokens, open != null);
                if (cutAt >= 0 && d == null && !isNegated(tokens, k)) {
                    // "أن مصر وهي تتابع التطورات، تطالب بالتهدئة": a verb spelled as a cue that states nothing here
                    // is the speaker's own word, and the words run on past it
                    continue;
                }
                if (cutAt >= 0) {
                    open.to = cutAt;
                }
                if (d != null && !sameSpan(drafts, d)) {
                    drafts.add(d);
                    open = d;
                }
            }
            // "أعرب عن أمله في أن ..."، "أملا في أن ...": a hope is no statement (the annotation guidelines leave hopes out)
            drafts.removeIf(d -> d.to <= d.from || tokens.get(d.from).word() && HOPES.contains(tokens.get(d.from).key()));
            QuoteDraft saying = drafts.isEmpty() ? null : UncuedStatements.sayingTail(tokens, s, parser);
            if (saying != null) {
                drafts.clear(); // "...، على حد قول X": the cues before are X's words
                drafts.add(saying);
            }
            if (drafts.isEmpty()) {
                QuoteDraft d = UncuedStatements.find(tokens, sentences, s, parser, lastQuoteParagraph);
                if (d != null) {
                    drafts.add(d);
                }
            }
            groups.meeting(tokens, s, parser, dateTokens);
            for (QuoteDraft d : drafts) {
                if (d.joint.isEmpty() && d.attribution != Attribution.NAMED) {
                    List<NounPhrase> speakers = JointSubjects.postposed(tokens, s, d, parser);
                    if (!speakers.isEmpty()) {
                        d.attribution = Attribution.NAMED;
                        d.speaker = speakers.get(0);
                        d.joint = speakers.subList(1, speakers.size());
                    }
                }
                groups.speakFor(d);
                out.add(d.toCandidate(tokens, s));
                for (NounPhrase other : d.joint) {
                    d.speaker = other; // "حذرت مصر والأردن": one statement per speaker
                    out.add(d.toCandidate(tokens, s));
                }
                lastQuoteParagraph = s.paragraph();
            }
        }
        return out;
    }

    private static boolean[] dateTokens(Sentence s, List<DateMention> dates) {
        boolean[] covered = new boolean[s.to() - s.from()];
        for (DateMention m : dates) {
            for (int i = m.from(); i < m.to(); i++) {
                covered[i - s.from()] = true;
            }
        }
        return covered;
    }

    private static boolean sameStart(List<QuoteDraft> drafts, QuoteDraft d) {
        for (QuoteDraft other : drafts) {
            if (other.from == d.from) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameSpan(List<QuoteDraft> drafts, QuoteDraft d) {
        for (QuoteDraft other : drafts) {
            if (other.from == d.from && other.to == d.to) {
                return true;
            }
        }
        return false;
    }

    /**
     * A participle is an adverbial after a comma or و, or in its masculine accusative form ("مشيرا"، "مؤكدا"), which no
     * noun shares; the feminine form without a comma may be a noun ("مذكرة احتجاج"), unless it is written with the
     * accusative tanween ("مؤكدةً أنها") or followed at once by a complementizer ("الفقيرة مؤكدة أنها"), which no
     * noun takes; a sentence opening with such a participle lost its comma to a stray point.
     */
    private static boolean afterClauseBreak(List<Token> tokens, int k, Sentence s) {
        Token t = tokens.get(k);
        boolean accusative = isAccusative(tokens, k, s);
        if (k == s.from()) {
            // "ورحب الوزير بالضيوف. مشيرا إلى أن": outlets that end the clause with a point still continue the speaker
            return accusative || Inflections.adverbialParticiple(t.key());
        }
        Token prev = tokens.get(k - 1);
        if (prev.word() && prev.text().indexOf(FATHATAN) >= 0) {
            return false; // "شهدت المحاضرة حضوراً لافتاً": after a noun written with the accusative's tanween, its adjective
        }
        if (prev.isComma() || accusative || Inflections.adverbialParticiple(t.key())) {
            return true; // "مؤكدا التزام بلاده": the indefinite accusative heads no genitive, whatever word follows
        }
        Token next = k + 1 < s.to() ? tokens.get(k + 1) : null;
        boolean construct = next != null && next.word() && next.key().startsWith(Affixes.ARTICLE)
                && !GrammarWords.PREPOSITIONS.contains(next.key()) && !GrammarWords.RELATIVES.contains(next.key());
        if (construct) {
            return false; // "الاتفاقيات ومذكرات التفاهم": a noun with its genitive, no participle
        }
        return prev.is(Affixes.CONJUNCTION_WA) || !t.bare().equals(t.key());
    }

    /** The tanween of the accusative ("ـًا"). */
    private static final char FATHATAN = '\u064B';

    /** "مؤكدةً"، "مؤكدة أنها": the tanween of the accusative, or a complementizer at once, which no noun takes. */
    private static boolean isAccusative(List<Token> tokens, int k, Sentence s) {
        return tokens.get(k).text().indexOf(FATHATAN) >= 0
                || (k + 1 < s.to() && CueLexicon.isComplementizer(tokens.get(k + 1)));
    }

    /** An imperfect cue opening its sentence and followed at once by أن: the impersonal "يذكر أن". */
    static boolean impersonal(List<Token> tokens, Sentence s, int k) {
        Token t = tokens.get(k);
        return k == s.from() && k + 1 < s.to() && t.bare().startsWith(Inflections.prefix(Affix.IMPERFECT_HE))
                && CueLexicon.isComplementizer(tokens.get(k + 1))
                && !CueLexicon.carriesPronoun(tokens.get(k + 1));
    }

    /** "قالوا"، "يؤكدون": a plural verb, whose subject is never the singular speaker it follows. */
    private static boolean isPlural(Token t) {
        return Inflections.pluralVerb(t.key());
    }

    static boolean isNegated(List<Token> tokens, int k) {
        Token prev = k > 0 ? tokens.get(k - 1) : null;
        return prev != null && prev.word() && GrammarWords.NEGATIONS.contains(prev.bare());
    }


    /** Does a cue inside an open statement start a new one? Only at clause level, never when reported inside it. */
    private static boolean splits(List<Token> tokens, Sentence s, QuoteDraft open, int k, CueLexicon.Cue cue) {
        Token prev = tokens.get(k - 1);
        if (cue.frame() == CueLexicon.Frame.PARTICIPLE) {
            // "قال إن بايدن قال ..., مضيفا": the inner speaker's, unless it cannot agree with him in number ("تقران ...,
            // لافتا")
            // nor in gender ("قال إن المنظمة طلبت ..., مضيفا")
            boolean inner = open.nested != null && open.nested.plural() == cue.plural()
                    && open.nested.feminine() == cue.feminine();
            return !inner && (prev.isComma() || prev.is(Affixes.CONJUNCTION_WA)
                    || Inflections.adverbialParticiple(tokens.get(k).key()) || isAccusative(tokens, k, s));
        }
        if (prev.word() && (GrammarWords.RELATIVES.contains(prev.key()) || GrammarWords.RELATIVE_WHAT.contains(prev.key()))) {
            return false; // "إلى وقف ما وصفه بـ«العدوان»"، "الأزمة التي وصفها بأنها ...": a relative clause of the words
        }
        Token t = tokens.get(k);
        if (prev.isComma() && cue.frame() != CueLexicon.Frame.PARTICIPLE && open.cueToken >= 0
                && CueLexicon.verbalNoun(tokens.get(open.cueToken)) != null) {
            return true; // "وردا على دعوة الوزير إلى الحوار، أكد رئيس الحزب أن": the fronted noun's words end at the verb
        }
        if (isNegated(tokens, k) && k - 2 >= open.from && tokens.get(k - 2).word()
                && CONNECTORS.contains(tokens.get(k - 2).key())) {
            return true; // "، لكنه لم يكشف عن ...": what the speaker did not say is the journalist's, after his words
        }
        if (counterpartStart(tokens, k, open.from) < k) {
            return true; // "قال X إن ...، من جهته أكد Y أن": the other side's words begin
        }
        boolean conjoined = !t.bare().equals(t.key()) || (prev.word() && CONNECTORS.contains(prev.key()));
        return conjoined && !CueLexicon.isComplementizer(prev);
    }

    /** Words between the subject of a main verb after a comma and its complementizer ("، أوضح الوزير أمس أن"). */
    private static final int SUBJECT_TO_COMPLEMENTIZER = 2;

    /**
     * "وفي ندوة صحفية أعلن خلالها الوزير عن قرار ...، أوضح رئيس الدبلوماسية أن": after a comma, a reporting verb with a
     * subject of its own named after it and its complementizer ahead is the sentence's main verb, not words of the
     * statement before, which ends at the comma.
     */
    private static boolean asyndeticMainVerb(List<Token> tokens, Sentence s, int k, CueLexicon.Cue cue, NounPhraseParser parser) {
        if (!tokens.get(k - 1).isComma() || cue.frame() == CueLexicon.Frame.PARTICIPLE || !tokens.get(k).bare().equals(tokens.get(k).key())) {
            return false;
        }
        NounPhrase subject = parser.parse(k + 1, s.to(), true);
        if (subject == null || subject.kind() == null || subject.refersBack()) {
            return false;
        }
        for (int i = subject.to(); i < Math.min(s.to(), subject.to() + SUBJECT_TO_COMPLEMENTIZER + 1); i++) {
            if (tokens.get(i).word() && CueLexicon.isComplementizer(tokens.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** "، من جهته أكد"، "، من جانبها قالت": where "من جهته" starts before the cue at k, or k. */
    private static int counterpartStart(List<Token> tokens, int k, int floor) {
        if (k - 2 > floor && tokens.get(k - 1).word() && GrammarWords.SIDE_NOUNS.start(tokens.get(k - 1).key())
                && GrammarWords.SIDE_LEADS.contains(tokens.get(k - 2).key()) && tokens.get(k - 3).isComma()) {
            return k - 2;
        }
        return k;
    }

    /** Start of the connector words and commas just before a splitting cue. */
    private static int connectorStart(List<Token> tokens, int k, int floor) {
        int i = k;
        while (i > floor && (tokens.get(i - 1).isComma() || (tokens.get(i - 1).word()
                && (CONNECTORS.contains(tokens.get(i - 1).key())
                        // "، في وقت كشفت"، "، في حين أكد": the preposition of the connector noun after it
                        || i < k && StatementContent.ADVERBIAL_PREPOSITIONS.contains(tokens.get(i - 1).key())
                                && CONNECTORS.contains(tokens.get(i).key()))))) {
            i--;
        }
        return i;
    }

}
