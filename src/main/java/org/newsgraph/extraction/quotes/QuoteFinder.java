package org.newsgraph.extraction.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.newsgraph.extraction.dates.DateMention;
import org.newsgraph.extraction.dates.DateResolver;
import org.newsgraph.extraction.document.Annotation;
import org.newsgraph.extraction.document.Document;
import org.newsgraph.extraction.lexicon.CueLexicon;
import org.newsgraph.extraction.lexicon.EventLexicon;
import org.newsgraph.extraction.lexicon.Lexicons;
import org.newsgraph.extraction.lexicon.NameLexicon;
import org.newsgraph.extraction.names.NameCollector;
import org.newsgraph.extraction.names.NounPhrase;
import org.newsgraph.extraction.names.NounPhraseParser;
import org.newsgraph.extraction.quotes.QuoteCandidate.Attribution;
import org.newsgraph.extraction.tokens.Sentence;
import org.newsgraph.extraction.tokens.SentenceSplitter;
import org.newsgraph.extraction.tokens.Token;
import org.newsgraph.extraction.tokens.Tokenizer;
import org.newsgraph.extraction.tokens.Tokens;

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

    private static final Set<String> CONNECTORS = Lexicons.words(
            "و وهي وهو لكنه لكنها ولكنه ولكنها لكن ولكن كما فيما بينما فهو فهي وقد فقد");
    private static final Set<String> PRONOUN_SUBJECTS = Lexicons.words(
            "لكنه لكنها ولكنه ولكنها إنه إنها وهو وهي فهو فهي لكنهم");
    private static final Set<String> ADVERBIALS = Lexicons.words(
            "أيضا كذلك بدوره بدورها مجددا مؤخرا فيها فيه خلاله خلالها الحالي الجاري اليوم أمس لاحقا سابقا");
    private static final Set<String> RELATIVES = Lexicons.words("الذي التي الذين اللذين");
    private static final Set<String> ADVERBIAL_PREPOSITIONS = Lexicons.words("في خلال أثناء أمام لدى عقب بعد قبل عبر");
    private static final Set<String> PREPOSITIONS = Lexicons.words("من إلى الى عن على ب");
    private static final int WINDOW = 16;

    public void annotate(Document doc) {
        doc.add(QUOTES, find(doc.get(Tokenizer.TOKENS), doc.get(SentenceSplitter.SENTENCES), doc.get(DateResolver.DATES),
                doc.get(NameCollector.PARSER)));
    }

    /** A statement being built; its end moves when a second cue splits the sentence. */
    List<QuoteCandidate> find(List<Token> tokens, List<Sentence> sentences, List<List<DateMention>> dates,
            NounPhraseParser parser) {
        List<QuoteCandidate> out = new ArrayList<>();
        int lastQuoteParagraph = -10;
        for (Sentence s : sentences) {
            boolean[] dateTokens = dateTokens(s, dates.get(s.index()));
            List<QuoteDraft> drafts = new ArrayList<>();
            QuoteDraft open = null;
            for (int k = s.from(); k < s.to(); k++) {
                Token t = tokens.get(k);
                CueLexicon.Cue cue = t.quoted() ? null : CueLexicon.cue(t);
                if (cue == null || (cue.frame() == CueLexicon.Frame.PARTICIPLE && !afterClauseBreak(tokens, k, s))) {
                    continue; // "مذكرة احتجاج" is a memo: participles only count as an adverbial after a comma
                }
                if (open != null && k < open.to && k >= open.from) {
                    boolean reported = isPlural(t) && !(k + 1 < s.to() && parser.mayStart(tokens.get(k + 1)));
                    if (open.direct || reported || !splits(tokens, open, k, cue)) {
                        // "لا ينفي" asserts nothing anyone said; "وقد أعلنوا" has a subject other than the speaker's
                        open.nested |= cue.frame() != CueLexicon.Frame.PARTICIPLE && !isNegated(tokens, k);
                        continue;
                    }
                    open.to = StatementBounds.trimEnd(tokens, open.from, connectorStart(tokens, k, open.from));
                }
                QuoteDraft d = atCue(tokens, s, k, cue, parser, dateTokens, open != null);
                if (d != null && !sameSpan(drafts, d)) {
                    drafts.add(d);
                    open = d;
                }
            }
            drafts.removeIf(d -> d.to <= d.from);
            if (drafts.isEmpty()) {
                QuoteDraft d = UncuedStatements.according(tokens, s, parser);
                if (d == null && s.paragraph() - lastQuoteParagraph <= 1) {
                    d = UncuedStatements.continuation(tokens, s);
                }
                if (d == null && s.paragraph() <= 1) {
                    d = UncuedStatements.headline(tokens, s, parser);
                }
                if (d != null) {
                    drafts.add(d);
                }
            }
            for (QuoteDraft d : drafts) {
                out.add(d.toCandidate(tokens, s));
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
     * noun shares; the feminine form without a comma may be a noun ("مذكرة احتجاج").
     */
    private static boolean afterClauseBreak(List<Token> tokens, int k, Sentence s) {
        if (k == s.from()) {
            return false;
        }
        Token prev = tokens.get(k - 1);
        return prev.isComma() || prev.is("و") || !tokens.get(k).bare().equals(tokens.get(k).key())
                || tokens.get(k).key().endsWith("ا");
    }

    /** "قالوا"، "يؤكدون": a plural verb, whose subject is never the singular speaker it follows. */
    private static boolean isPlural(Token t) {
        return t.key().endsWith("وا") || t.key().endsWith("ون");
    }

    private static boolean isNegated(List<Token> tokens, int k) {
        Token prev = k > 0 ? tokens.get(k - 1) : null;
        return prev != null && prev.word() && NEGATIONS.contains(prev.bare());
    }

    private static final Set<String> NEGATIONS = Lexicons.words("لا لم لن ما");

    /** Does a cue inside an open statement start a new one? Only at clause level, never when reported inside it. */
    private static boolean splits(List<Token> tokens, QuoteDraft open, int k, CueLexicon.Cue cue) {
        Token prev = tokens.get(k - 1);
        if (cue.frame() == CueLexicon.Frame.PARTICIPLE) {
            return !open.nested && (prev.isComma() || prev.is("و") || tokens.get(k).key().endsWith("ا"));
        }
        Token t = tokens.get(k);
        boolean conjoined = !t.bare().equals(t.key()) || (prev.word() && CONNECTORS.contains(prev.key()));
        return conjoined && !CueLexicon.isComplementizer(prev);
    }

    /** Start of the connector words and commas just before a splitting cue. */
    private static int connectorStart(List<Token> tokens, int k, int floor) {
        int i = k;
        while (i > floor && (tokens.get(i - 1).isComma() || (tokens.get(i - 1).word()
                && CONNECTORS.contains(tokens.get(i - 1).key())))) {
            i--;
        }
        return i;
    }

    private QuoteDraft atCue(List<Token> tokens, Sentence s, int k, CueLexicon.Cue cue, NounPhraseParser parser,
            boolean[] dateTokens, boolean afterAnother) {
        QuoteDraft d = new QuoteDraft();
        Token t = tokens.get(k);
        d.cue = t.bare().equals(t.key()) ? t.text() : t.text().substring(1);
        d.cueToken = k;
        if (isNegated(tokens, k) && !cue.lemma().equals("استبعد")) {
            return null; // "ولم يكشف عن سبب ...": what was not said is no statement ("لا يستبعد" says something)
        }
        int j = skipAdverbials(tokens, k + 1, s, dateTokens, false);
        Token prev = k > s.from() ? tokens.get(k - 1) : null;
        if (cue.frame() == CueLexicon.Frame.REPORTED) {
            NounPhrase source = reportedSource(tokens, s, k, parser);
            if (source == null) {
                return null;
            }
            d.attribution = Attribution.NAMED;
            d.speaker = source;
            d.confidence = 0.85;
            return content(tokens, s, j, d, false, null) ? d : null;
        }
        if (cue.frame() == CueLexicon.Frame.PARTICIPLE) {
            d.attribution = afterAnother ? Attribution.SAME_AS_PREVIOUS : Attribution.PRONOUN;
            NounPhrase before = afterAnother ? null : subjectBefore(tokens, s, k, parser);
            if (before != null) {
                d.attribution = Attribution.NAMED;
                d.speaker = before;
            }
            d.rule = "participle";
            d.confidence = 0.8;
            return content(tokens, s, j, d, true, CueLexicon.governed(cue)) ? d : null;
        }
        boolean pronoun = prev != null && prev.word() && PRONOUN_SUBJECTS.contains(prev.key()) && t.bare().equals(t.key());
        if (!pronoun && isCollective(tokens, j, s)) {
            return null; // "استبعد الغربيون": a collective is no identifiable speaker
        }
        if (cue.lemma().equals("جاء")) {
            if (j + 1 >= s.to() || !tokens.get(j).is("في")) {
                return null; // "وجاء تحرك تركيا بعد ...": coming, not a text that says
            }
            j++; // "جاء في بيان ..."
        }
        NounPhrase kana = pronoun ? null : subjectAfterKana(tokens, s, k, parser);
        NounPhrase marked = pronoun || kana != null ? null : markedName(tokens, s, j, parser);
        NounPhrase np = pronoun || kana != null ? null : marked != null ? marked : parser.parse(j, s.to(), true);
        if (np != null && (np.to() <= j || agreementRulesOut(cue, np))) {
            np = null;
        }
        int circumstance = j; // where the words after the speaker start, before "في بيان" and the like are passed
        if (np != null) {
            d.attribution = np.refersBack() ? Attribution.STATEMENT : Attribution.NAMED;
            d.speaker = np.refersBack() ? null : np;
            circumstance = skipAdverbials(tokens, np == marked ? np.to() + 1 : np.to(), s, dateTokens, false);
            j = skipAdverbials(tokens, circumstance, s, dateTokens, true);
        } else {
            if (j < s.to() && tokens.get(j).word() && EventLexicon.PAIR_WORDS.contains(tokens.get(j).key())) {
                j++; // "وأكد الرئيسان أنهما": two speakers at once, whose words start after them
            }
            NounPhrase before = kana != null ? kana : pronoun ? null : subjectBefore(tokens, s, k, parser);
            d.attribution = before != null ? Attribution.NAMED : afterAnother ? Attribution.SAME_AS_PREVIOUS
                    : Attribution.PRONOUN;
            d.speaker = before;
        }
        boolean objectAllowed = cue.frame() == CueLexicon.Frame.OBJECT;
        d.confidence = cue.frame() == CueLexicon.Frame.STANCE ? 0.55 : 0.9;
        if (leadingQuote(tokens, s, k, d)) {
            return d;
        }
        if (objectAllowed && circumstance < j && clauseAhead(tokens, s, circumstance)
                && content(tokens, s, circumstance, d, false, null)) {
            return d; // "أكد، في تصريحات نقلتها صحيفة ...، أن": the clause wins over an object
        }
        return content(tokens, s, j, d, objectAllowed, CueLexicon.governed(cue)) ? d : null;
    }

    /**
     * A speaker named in quotation marks ("ونفى «الصباح» أن"، "قال "الصباح": "...""): the marks hold a name only and
     * the statement follows them, after a colon or a complementizer.
     */
    private static NounPhrase markedName(List<Token> tokens, Sentence s, int j, NounPhraseParser parser) {
        if (j >= s.to() || tokens.get(j).mark() <= 0) {
            return null;
        }
        int close = Tokens.closing(tokens, j, s.to());
        if (close <= j + 1 || close > j + 4 || close + 1 >= s.to()) {
            return null;
        }
        Token after = tokens.get(close + 1);
        if (!after.isPunct(':') && !CueLexicon.isComplementizer(after)) {
            return null;
        }
        NounPhrase np = parser.parse(j + 1, close, true);
        if (np == null && close == j + 2 && tokens.get(j + 1).word() && !NameLexicon.isStop(tokens.get(j + 1))) {
            // a family name alone ("«الصباح»"), which the grammar alone would not take for a name
            String name = tokens.get(j + 1).text();
            return new NounPhrase(org.newsgraph.kinds.PersonKind.PERSON, j + 1, close, name, null, null, -1, -1, false);
        }
        return np != null && np.to() == close && np.kind() != null && !np.refersBack() ? np : null;
    }

    /** "«...»، قال X، «...»" and "«...»، قال X": the quotation before the cue is the statement. */
    private static boolean leadingQuote(List<Token> tokens, Sentence s, int k, QuoteDraft d) {
        if (tokens.get(s.from()).mark() <= 0) {
            return false;
        }
        int close = Tokens.closing(tokens, s.from(), s.to());
        if (close < 0 || close >= k) {
            return false;
        }
        for (int i = close + 1; i < k; i++) {
            if (tokens.get(i).word() && !tokens.get(i).is("و")) {
                return false;
            }
        }
        d.from = s.from() + 1;
        d.to = close;
        d.direct = true;
        d.rule = "direct-before-cue";
        d.confidence = 0.9;
        int after = d.speaker != null ? d.speaker.to() : k + 1;
        while (after < s.to() && tokens.get(after).isComma()) {
            after++;
        }
        if (after < s.to() && tokens.get(after).mark() > 0) {
            int second = Tokens.closing(tokens, after, s.to());
            if (second > after) {
                d.to = second; // one statement split around its cue, still direct speech
                d.rule = "split-around-cue";
                d.confidence = 0.9;
            }
        }
        return true;
    }

    /** Finds where the statement starts after the speaker and sets [from, to); false when there is none. */
    private static boolean content(List<Token> tokens, Sentence s, int j, QuoteDraft d, boolean objectAllowed,
            String governed) {
        if (objectAllowed && j < s.to() && tokens.get(j).word() && ADVERBIAL_PREPOSITIONS.contains(tokens.get(j).key())) {
            // "أكد في تصريحات لقناة ... أن": a circumstance first, then the statement
            boolean found = content(tokens, s, j, d, false, null);
            if (found) {
                return true;
            }
        }
        int governing = governing(tokens, s, j, governed);
        if (governing > j) {
            return content(tokens, s, governing + 1, d, objectAllowed, null); // "دعا X الصين أمس إلى ..."
        }

        if (objectAllowed) {
            for (int i = j; i + 1 < Math.min(s.to(), j + 6); i++) {
                if (CueLexicon.cue(tokens.get(i)) != null) {
                    break; // the next reporting verb has its own statement
                }
                if (tokens.get(i).word() && PREPOSITIONS.contains(tokens.get(i).key())
                        && CueLexicon.isComplementizer(tokens.get(i + 1))) {
                    return StatementBounds.indirect(tokens, s, i + 1, d, "indirect-complementizer"); // "حذرت، قبل ذلك، من أن"
                }
            }
        }
        int i = j;
        int limit = Math.min(s.to(), j + WINDOW);
        boolean first = true;
        while (i < limit) {
            Token t = tokens.get(i);
            if (t.isPunct(':')) {
                int start = i + 1;
                if (start < s.to() && CueLexicon.isComplementizer(tokens.get(start))) {
                    return StatementBounds.indirect(tokens, s, start, d, "colon-complementizer");
                }
                if (start < s.to() && tokens.get(start).mark() > 0 && StatementBounds.direct(tokens, s, start, d)) {
                    return true;
                }
                return StatementBounds.span(tokens, s, start, d, "colon", 0.85);
            }
            if (!t.quoted() && CueLexicon.isComplementizer(t)) {
                return StatementBounds.indirect(tokens, s, i, d, "indirect-complementizer");
            }
            if (t.mark() > 0 && namesAMedium(tokens, i, s)) {
                int close = Tokens.closing(tokens, i, s.to());
                i = close < 0 ? s.to() : close + 1; // "في تصريح لـ«الشرق الأوسط»، إن": a title, not what was said
                continue;
            }
            if (t.mark() > 0) {
                if (StatementBounds.direct(tokens, s, i, d)) {
                    return true;
                }
                if (objectAllowed && first) {
                    return StatementBounds.span(tokens, s, i, d, "object-of-cue", 0.75);
                }
                int close = Tokens.closing(tokens, i, s.to());
                i = close < 0 ? s.to() : close + 1;
                first = false;
                continue;
            }
            CueLexicon.Cue other = t.word() && !t.quoted() ? CueLexicon.cue(t) : null;
            if (other != null && other.frame() == CueLexicon.Frame.PARTICIPLE) {
                i++;
                continue; // "وتابع الوزير قائلا:": the participle only repeats the cue
            }
            if (other != null) {
                break; // another reporting verb before any content: not ours
            }
            if (first && t.word() && RELATIVES.contains(t.key())) {
                int comma = i + 1;
                while (comma < s.to() && !tokens.get(comma).isComma()) {
                    comma++;
                }
                if (comma + 1 < s.to()) {
                    i = comma + 1; // "بوتين، الذي أجرى ...، التوترات": the relative clause describes the speaker
                    continue;
                }
            }
            if (objectAllowed && first && t.word()) {
                if (PREPOSITIONS.contains(t.key()) && i + 1 < s.to()) {
                    Token next = tokens.get(i + 1);
                    if (CueLexicon.isComplementizer(next)) {
                        return StatementBounds.indirect(tokens, s, i + 1, d, "indirect-complementizer");
                    }
                    return StatementBounds.span(tokens, s, i + 1, d, "object-of-cue", 0.75);
                }
                return StatementBounds.span(tokens, s, i, d, "object-of-cue", 0.75);
            }
            if (t.word()) {
                first = false;
            }
            i++;
        }
        return i < s.to() && farColonQuote(tokens, s, i, d);
    }

    /**
     * The governed preposition of a cue ("دعا ... إلى"، "شدد ... على"، "أعرب ... عن") within the words after the
     * speaker, before any other clause: the statement follows it. -1 when there is none.
     */
    private static int governing(List<Token> tokens, Sentence s, int j, String governed) {
        if (governed == null) {
            return -1;
        }
        // من and عن are everywhere: only close by; إلى/على may follow a long apposition of the speaker
        int reach = governed.equals("من") ? 8 : governed.equals("عن") ? 3 : 16;
        for (int i = j; i + 1 < Math.min(s.to(), j + reach); i++) {
            Token t = tokens.get(i);
            if (t.mark() != 0 || t.isPunct(':') || (t.word() && !t.quoted() && (CueLexicon.cue(t) != null
                    || CueLexicon.isComplementizer(t)))) {
                return -1;
            }
            if (t.word() && (t.is(governed) || (governed.equals("الي") && t.is("الى")))) {
                return i;
            }
        }
        return -1;
    }

    /** A complementizer, colon or quotation comes before any other cue (a participle included). */
    private static boolean clauseAhead(List<Token> tokens, Sentence s, int from) {
        for (int i = from; i < Math.min(s.to(), from + WINDOW); i++) {
            Token t = tokens.get(i);
            if (t.word() && !t.quoted() && CueLexicon.cue(t) != null) {
                return false;
            }
            if (t.isPunct(':') || (t.mark() > 0 && !namesAMedium(tokens, i, s))
                    || (t.word() && !t.quoted() && CueLexicon.isComplementizer(t))) {
                return true;
            }
        }
        return false;
    }

    /** "لـ«الشرق الأوسط»"، "صحيفة «الحياة»"، "بعنوان «...»": marks around the name of a medium or a title. */
    private static boolean namesAMedium(List<Token> tokens, int i, Sentence s) {
        if (i == s.from() || !tokens.get(i - 1).word()) {
            return false;
        }
        String prev = tokens.get(i - 1).key();
        return prev.equals("ل") || prev.equals("بعنوان") || NameLexicon.MEDIA_HEADS.contains(prev)
                || (prev.startsWith("ل") && NameLexicon.MEDIA_HEADS.contains(prev.substring(1)));
    }

    /**
     * "وقال X الذي يترأس وفد بلاده ... في تصريحات لصحيفة «الحياة» أمس: «...»": a colon and a quotation further
     * than the usual reach, with no other cue before them, still give the statement.
     */
    private static boolean farColonQuote(List<Token> tokens, Sentence s, int from, QuoteDraft d) {
        for (int i = from; i + 1 < s.to(); i++) {
            Token t = tokens.get(i);
            if (t.word() && !t.quoted() && CueLexicon.cue(t) != null) {
                return false;
            }
            if (t.isPunct(':') && tokens.get(i + 1).mark() > 0) {
                return StatementBounds.direct(tokens, s, i + 1, d);
            }
        }
        return false;
    }

    /** A quotation that runs (nearly) to the end of the sentence: the statement is its inside. */
    /** Cuts the journalist's additions after the statement: "، وفقا لـ…"، "(21:25 بتوقيت غرينتش)", punctuation. */
    private static int skipAdverbials(List<Token> tokens, int j, Sentence s, boolean[] dateTokens, boolean afterSpeaker) {
        int i = j;
        while (i < s.to()) {
            Token t = tokens.get(i);
            if (dateTokens[i - s.from()] || t.isComma() || t.isPunct('(') || t.isPunct(')')
                    || (t.word() && ADVERBIALS.contains(t.key()))) {
                i++;
            } else if (t.is("في") && i + 2 < s.to() && tokens.get(i + 1).is("وقت")) {
                i += 3; // في وقت سابق / لاحق
            } else if ((t.is("من") || t.is("ومن")) && i + 1 < s.to() && tokens.get(i + 1).key().startsWith("جهت")) {
                i += 2; // من جهته
            } else if (afterSpeaker && (t.is("في") || t.is("خلال")) && i + 1 < s.to()
                    && VEHICLES.contains(tokens.get(i + 1).key())) {
                i += 2; // "في بيان أمس"، "في تصريحات": where it was said; before the speaker it may be "جاء في بيان"
            } else if ((t.is("بشكل") || t.is("بصوره")) && i + 2 < s.to() && tokens.get(i + 1).word()) {
                i += 2; // "بشكل محدد": how it was said
            } else if (t.word() && CueLexicon.ACCORDING_TO.contains(t.key()) && commaWithin(tokens, i, s, 6) > 0) {
                i = commaWithin(tokens, i, s, 6) + 1; // "ووفقا لوكالة "تسنيم"، أن": the journalist's source
            } else {
                break;
            }
        }
        return i;
    }

    /** Nouns of what a statement was made in. */
    private static final Set<String> VEHICLES = Lexicons.words(
            "بيان بيانه بيانها تصريح تصريحات تصريحه تصريحاته حديث حديثه مقابلة كلمة كلمته رسالة رسالته تغريدة");

    private static int commaWithin(List<Token> tokens, int from, Sentence s, int reach) {
        for (int i = from + 1; i < Math.min(s.to(), from + reach + 1); i++) {
            if (tokens.get(i).isComma()) {
                return i;
            }
        }
        return -1;
    }

    /** Subject before the verb: "وكان X قال"، "الولايات المتحدة حذرت". */
    private static NounPhrase subjectBefore(List<Token> tokens, Sentence s, int k, NounPhraseParser parser) {
        for (int p = Math.max(s.from(), k - 12); p < k; p++) {
            boolean boundary = p == s.from() || tokens.get(p - 1).isComma() || isKana(tokens.get(p - 1));
            if (!boundary) {
                continue;
            }
            NounPhrase np = parser.parse(p, k, true);
            if (np != null && !np.refersBack() && (np.to() == k || (np.to() == k - 1 && tokens.get(k - 1).isComma()))) {
                return np;
            }
        }
        return null;
    }

    /** "ودعا الهند إلى": a masculine verb before a state (feminine in Arabic) has it as object, not subject. */
    private static boolean agreementRulesOut(CueLexicon.Cue cue, NounPhrase np) {
        return !cue.feminine() && np.kind() == org.newsgraph.kinds.PersonKind.INSTITUTION && NameLexicon.isState(np.name());
    }

    /** "عن وزير الداخلية فهد السالم قوله": the naming between عن and the reported noun. */
    private static NounPhrase reportedSource(List<Token> tokens, Sentence s, int k, NounPhraseParser parser) {
        for (int p = k - 1; p >= Math.max(s.from(), k - 10); p--) {
            if (tokens.get(p).is("عن")) {
                NounPhrase np = parser.parse(p + 1, k, true);
                return np != null && !np.refersBack() && np.to() >= k - 1 ? np : null;
            }
        }
        return null;
    }

    /** "وكان بايدن توعد نظيره": the subject stands between كان and the verb, and what follows is the object. */
    private static NounPhrase subjectAfterKana(List<Token> tokens, Sentence s, int k, NounPhraseParser parser) {
        for (int p = Math.max(s.from(), k - 12); p < k - 1; p++) {
            if (isKana(tokens.get(p)) && !tokens.get(p).is("قد")) {
                NounPhrase np = parser.parse(p + 1, k, true);
                return np != null && !np.refersBack() && np.to() >= k - 1 ? np : null;
            }
        }
        return null;
    }

    private static boolean isCollective(List<Token> tokens, int j, Sentence s) {
        if (j >= s.to() || !tokens.get(j).word()) {
            return false;
        }
        String k = tokens.get(j).key();
        return k.startsWith("ال") && (k.endsWith("يون") || k.endsWith("يين")) && !NameLexicon.ANONYMOUS_HEADS.contains(k);
    }

    private static boolean isKana(Token t) {
        String k = t.bare();
        return t.word() && (k.equals("كان") || k.equals("كانت") || k.equals("قد") || k.equals("وكان"));
    }

    /** "وبحسب X، ..." before a statement, or "..., حسب X" after one, with no other cue. */
    /** A paragraph in quotation marks, or in the first person plural, goes on with the last speaker's words. */
    /** "X: ..." in a headline or intertitle. */
}
