package org.newsgraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.newsgraph.extraction.QuoteCandidate.Attribution;
import org.newsgraph.quote.QuoteKind;

/**
 * Finds statements: direct (in quotation marks, also split around the cue), indirect (cue, speaker, إن/أن),
 * mixed, statements taken as the object of a cue (نفى وجود…), continuation paragraphs, "X: ..." headlines and
 * "according to" attributions. A second reporting cue in a sentence starts a second statement, unless it is
 * reported inside the first ("قال إن بايدن قال ...").
 */
final class QuoteFinder {

    private static final Set<String> CONNECTORS = Lexicons.words(
            "و وهي وهو لكنه لكنها ولكنه ولكنها لكن ولكن كما فيما بينما فهو فهي وقد فقد");
    private static final Set<String> PRONOUN_SUBJECTS = Lexicons.words(
            "لكنه لكنها ولكنه ولكنها إنه إنها وهو وهي فهو فهي لكنهم");
    private static final Set<String> ADVERBIALS = Lexicons.words(
            "أيضا كذلك بدوره بدورها مجددا مؤخرا فيها فيه خلاله خلالها الحالي الجاري اليوم أمس لاحقا سابقا");
    /** After a comma, the journalist takes over: "، حسبما أفاد"، "، في حين ..."، "، على حد تعبيره". */
    private static final Set<String> NARRATION_OPENERS = Lexicons.words("حسبما وحسبما طبقا");
    private static final Set<String> RELATIVES = Lexicons.words("الذي التي الذين اللذين");
    private static final Set<String> ADVERBIAL_PREPOSITIONS = Lexicons.words("في خلال أثناء أمام لدى عقب بعد قبل عبر");
    private static final Set<String> PREPOSITIONS = Lexicons.words("من إلى الى عن على ب");
    private static final Set<String> FIRST_PERSON = Lexicons.words("نحن ونحن إننا وإننا إنني أنا وأنا لقد");
    private static final Set<String> SPELLED_OUT_ATTRIBUTION = Lexicons.words("بتوقيت توقيت غرينتش غرينيتش");
    private static final int WINDOW = 16;

    /** A statement being built; its end moves when a second cue splits the sentence. */
    private static final class Draft {
        int from;
        int to;
        boolean direct;
        boolean nested;
        String cue;
        double confidence;
        String rule;
        Attribution attribution;
        NounPhrase speaker;
        int cueToken;
    }

    List<QuoteCandidate> find(List<Token> tokens, List<Sentence> sentences, List<List<DateMention>> dates,
            NounPhraseParser parser) {
        List<QuoteCandidate> out = new ArrayList<>();
        int lastQuoteParagraph = -10;
        for (Sentence s : sentences) {
            boolean[] dateTokens = dateTokens(s, dates.get(s.index()));
            List<Draft> drafts = new ArrayList<>();
            Draft open = null;
            for (int k = s.from(); k < s.to(); k++) {
                Token t = tokens.get(k);
                CueLexicon.Cue cue = t.quoted() ? null : CueLexicon.cue(t);
                if (cue == null || (cue.frame() == CueLexicon.Frame.PARTICIPLE && !afterClauseBreak(tokens, k, s))) {
                    continue; // "مذكرة احتجاج" is a memo: participles only count as an adverbial after a comma
                }
                if (open != null && k < open.to && k >= open.from) {
                    if (open.direct || !splits(tokens, open, k, cue)) {
                        open.nested |= cue.frame() != CueLexicon.Frame.PARTICIPLE;
                        continue;
                    }
                    open.to = trimEnd(tokens, open.from, connectorStart(tokens, k, open.from));
                }
                Draft d = atCue(tokens, s, k, cue, parser, dateTokens, open != null);
                if (d != null && !sameSpan(drafts, d)) {
                    drafts.add(d);
                    open = d;
                }
            }
            drafts.removeIf(d -> d.to <= d.from);
            if (drafts.isEmpty()) {
                Draft d = according(tokens, s, parser);
                if (d == null && s.paragraph() - lastQuoteParagraph <= 1) {
                    d = continuation(tokens, s);
                }
                if (d == null && s.paragraph() <= 1) {
                    d = headline(tokens, s, parser);
                }
                if (d != null) {
                    drafts.add(d);
                }
            }
            for (Draft d : drafts) {
                out.add(toCandidate(tokens, s, d));
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

    private static boolean sameSpan(List<Draft> drafts, Draft d) {
        for (Draft other : drafts) {
            if (other.from == d.from && other.to == d.to) {
                return true;
            }
        }
        return false;
    }

    private static boolean afterClauseBreak(List<Token> tokens, int k, Sentence s) {
        if (k == s.from()) {
            return false;
        }
        Token prev = tokens.get(k - 1);
        return prev.isComma() || prev.is("و") || !tokens.get(k).bare().equals(tokens.get(k).key());
    }

    /** Does a cue inside an open statement start a new one? Only at clause level, never when reported inside it. */
    private static boolean splits(List<Token> tokens, Draft open, int k, CueLexicon.Cue cue) {
        Token prev = tokens.get(k - 1);
        if (cue.frame() == CueLexicon.Frame.PARTICIPLE) {
            return !open.nested && (prev.isComma() || prev.is("و"));
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

    private Draft atCue(List<Token> tokens, Sentence s, int k, CueLexicon.Cue cue, NounPhraseParser parser,
            boolean[] dateTokens, boolean afterAnother) {
        Draft d = new Draft();
        Token t = tokens.get(k);
        d.cue = t.bare().equals(t.key()) ? t.text() : t.text().substring(1);
        d.cueToken = k;
        int j = skipAdverbials(tokens, k + 1, s, dateTokens);
        Token prev = k > s.from() ? tokens.get(k - 1) : null;
        if (cue.frame() == CueLexicon.Frame.REPORTED) {
            NounPhrase source = reportedSource(tokens, s, k, parser);
            if (source == null) {
                return null;
            }
            d.attribution = Attribution.NAMED;
            d.speaker = source;
            d.confidence = 0.85;
            return content(tokens, s, j, d, false) ? d : null;
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
            return content(tokens, s, j, d, true) ? d : null;
        }
        boolean pronoun = prev != null && prev.word() && PRONOUN_SUBJECTS.contains(prev.key()) && t.bare().equals(t.key());
        if (!pronoun && isCollective(tokens, j, s)) {
            return null; // "استبعد الغربيون": a collective is no identifiable speaker
        }
        NounPhrase kana = pronoun ? null : subjectAfterKana(tokens, s, k, parser);
        NounPhrase np = pronoun || kana != null ? null : parser.parse(j, s.to(), true);
        if (np != null && (np.to() <= j || agreementRulesOut(cue, np))) {
            np = null;
        }
        if (np != null) {
            d.attribution = np.refersBack() ? Attribution.SAME_AS_PREVIOUS : Attribution.NAMED;
            d.speaker = np.refersBack() ? null : np;
            if (np.refersBack()) {
                d.attribution = Attribution.PRONOUN;
            }
            j = skipAdverbials(tokens, np.to(), s, dateTokens);
        } else {
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
        return content(tokens, s, j, d, objectAllowed) ? d : null;
    }

    /** "«...»، قال X، «...»" and "«...»، قال X": the quotation before the cue is the statement. */
    private static boolean leadingQuote(List<Token> tokens, Sentence s, int k, Draft d) {
        if (tokens.get(s.from()).mark() <= 0) {
            return false;
        }
        int close = closing(tokens, s.from(), s.to());
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
            int second = closing(tokens, after, s.to());
            if (second > after) {
                d.to = second; // one statement split around its cue, still direct speech
                d.rule = "split-around-cue";
                d.confidence = 0.9;
            }
        }
        return true;
    }

    /** Finds where the statement starts after the speaker and sets [from, to); false when there is none. */
    private static boolean content(List<Token> tokens, Sentence s, int j, Draft d, boolean objectAllowed) {
        if (objectAllowed && j < s.to() && tokens.get(j).word() && ADVERBIAL_PREPOSITIONS.contains(tokens.get(j).key())) {
            // "أكد في تصريحات لقناة ... أن": a circumstance first, then the statement
            boolean found = content(tokens, s, j, d, false);
            if (found) {
                return true;
            }
        }
        if (objectAllowed) {
            for (int i = j; i + 1 < Math.min(s.to(), j + 6); i++) {
                if (CueLexicon.cue(tokens.get(i)) != null) {
                    break; // the next reporting verb has its own statement
                }
                if (tokens.get(i).word() && PREPOSITIONS.contains(tokens.get(i).key())
                        && CueLexicon.isComplementizer(tokens.get(i + 1))) {
                    return indirect(tokens, s, i + 1, d, "indirect-complementizer"); // "حذرت، قبل ذلك، من أن"
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
                    return indirect(tokens, s, start, d, "colon-complementizer");
                }
                if (start < s.to() && tokens.get(start).mark() > 0 && direct(tokens, s, start, d)) {
                    return true;
                }
                return span(tokens, s, start, d, "colon", 0.85);
            }
            if (!t.quoted() && CueLexicon.isComplementizer(t)) {
                return indirect(tokens, s, i, d, "indirect-complementizer");
            }
            if (t.mark() > 0) {
                if (direct(tokens, s, i, d)) {
                    return true;
                }
                if (objectAllowed && first) {
                    return span(tokens, s, i, d, "object-of-cue", 0.75);
                }
                int close = closing(tokens, i, s.to());
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
                i = comma + 1; // "بوتين، الذي أجرى ...، التوترات": the relative clause describes the speaker
                continue;
            }
            if (objectAllowed && first && t.word()) {
                if (PREPOSITIONS.contains(t.key()) && i + 1 < s.to()) {
                    Token next = tokens.get(i + 1);
                    if (CueLexicon.isComplementizer(next)) {
                        return indirect(tokens, s, i + 1, d, "indirect-complementizer");
                    }
                    return span(tokens, s, i + 1, d, "object-of-cue", 0.75);
                }
                return span(tokens, s, i, d, "object-of-cue", 0.75);
            }
            if (t.word()) {
                first = false;
            }
            i++;
        }
        return false;
    }

    private static boolean indirect(List<Token> tokens, Sentence s, int comp, Draft d, String rule) {
        Token c = tokens.get(comp);
        int start = CueLexicon.carriesPronoun(c) ? comp : comp + 1;
        if (start < s.to() && tokens.get(start).mark() > 0 && direct(tokens, s, start, d)) {
            return true; // إن "..." with nothing but a journalist's addition after it
        }
        return span(tokens, s, start, d, rule, d.confidence);
    }

    /** A quotation that runs (nearly) to the end of the sentence: the statement is its inside. */
    private static boolean direct(List<Token> tokens, Sentence s, int open, Draft d) {
        int close = closing(tokens, open, s.to());
        if (close < 0) {
            return false;
        }
        int end = trimEnd(tokens, open, s.to());
        int words = 0;
        boolean addition = false;
        for (int i = close + 1; i < end; i++) {
            Token t = tokens.get(i);
            if (t.isPunct('(') || (t.word() && (SPELLED_OUT_ATTRIBUTION.contains(t.key())
                    || CueLexicon.ACCORDING_TO.contains(t.key()) || t.key().startsWith("بالتوقيت")))) {
                addition = true;
            }
            if (t.word()) {
                words++;
            }
        }
        // أجاب "سنرى"، إلا أنه ...: a comma after the quotation leaves the rest to the narration
        boolean clauseFollows = close + 1 < end && tokens.get(close + 1).isComma();
        if (words > 1 && !addition && !clauseFollows) {
            return false;
        }
        d.from = open + 1;
        d.to = close;
        d.direct = true;
        d.rule = "direct-after-cue";
        d.confidence = Math.max(d.confidence, 0.95);
        return d.to > d.from;
    }

    private static boolean span(List<Token> tokens, Sentence s, int start, Draft d, String rule, double confidence) {
        int from = start;
        while (from < s.to() && !tokens.get(from).word() && tokens.get(from).mark() <= 0) {
            from++;
        }
        d.from = from;
        d.to = trimEnd(tokens, from, s.to());
        d.rule = rule;
        d.confidence = Math.min(d.confidence, confidence);
        return d.to > d.from;
    }

    /** Cuts the journalist's additions after the statement: "، وفقا لـ…"، "(21:25 بتوقيت غرينتش)", punctuation. */
    static int trimEnd(List<Token> tokens, int from, int to) {
        int end = to;
        for (int i = from + 1; i < to; i++) {
            Token t = tokens.get(i);
            if (t.quoted() || !t.word()) {
                continue;
            }
            boolean according = CueLexicon.ACCORDING_TO.contains(t.key());
            boolean attribution = according && (tokens.get(i - 1).isComma() || (i + 1 < to && tokens.get(i + 1).is("ما")));
            boolean narration = tokens.get(i - 1).isComma() && ((t.key().startsWith("و")
                    && NameCollector.MEETING_VERBS.contains(t.bare())) || NARRATION_OPENERS.contains(t.key())
                    || (t.is("في") && i + 1 < to && tokens.get(i + 1).is("حين"))
                    || (t.is("علي") && i + 1 < to && tokens.get(i + 1).is("حد")));
            if (attribution || narration) {
                end = i;
                break;
            }
            if (SPELLED_OUT_ATTRIBUTION.contains(t.key()) && tokens.get(i - 1).word()) {
                int open = i;
                while (open > from && !tokens.get(open).isPunct('(')) {
                    open--;
                }
                if (open > from) {
                    end = open;
                    break;
                }
            }
        }
        while (end > from && !tokens.get(end - 1).word() && tokens.get(end - 1).mark() >= 0
                && !tokens.get(end - 1).isPunct(')')) {
            end--;
        }
        while (end > from && tokens.get(end - 1).mark() > 0) {
            end--;
        }
        return end;
    }

    static int closing(List<Token> tokens, int open, int limit) {
        int depth = 0;
        for (int i = open; i < limit; i++) {
            int m = tokens.get(i).mark();
            depth += m;
            if (m < 0 && depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static int skipAdverbials(List<Token> tokens, int j, Sentence s, boolean[] dateTokens) {
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
            } else {
                break;
            }
        }
        return i;
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
        return !cue.feminine() && np.kind() == org.newsgraph.person.PersonKind.INSTITUTION && NameLexicon.isState(np.name());
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
    private static Draft according(List<Token> tokens, Sentence s, NounPhraseParser parser) {
        for (int i = s.from(); i < s.to(); i++) {
            Token t = tokens.get(i);
            if (!t.word() || t.quoted() || !CueLexicon.ACCORDING_TO.contains(t.key())) {
                continue;
            }
            int at = i + 1;
            if (at < s.to() && (tokens.get(at).is("ل") || tokens.get(at).is("ما"))) {
                at++;
            }
            NounPhrase np = parser.parse(at, s.to(), true);
            if (np == null) {
                return null;
            }
            Draft d = new Draft();
            d.attribution = np.refersBack() ? Attribution.PRONOUN : Attribution.NAMED; // "وبحسب البيان"
            d.speaker = np.refersBack() ? null : np;
            d.cue = t.text();
            d.cueToken = i;
            d.confidence = 0.7;
            if (i == s.from()) {
                int start = np.to();
                while (start < s.to() && (tokens.get(start).isComma() || !tokens.get(start).word()
                        && tokens.get(start).mark() == 0)) {
                    start++;
                }
                if (start < s.to() && CueLexicon.isComplementizer(tokens.get(start))) {
                    start = CueLexicon.carriesPronoun(tokens.get(start)) ? start : start + 1;
                }
                return span(tokens, s, start, d, "according-to-lead", 0.7) ? d : null;
            }
            if (tokens.get(i - 1).isComma() && np.to() >= s.to() - 1) {
                d.from = s.from();
                d.to = trimEnd(tokens, s.from(), i);
                d.rule = "according-to-tail";
                d.confidence = 0.65;
                return d.to > d.from ? d : null;
            }
            return null;
        }
        return null;
    }

    /** A paragraph in quotation marks, or in the first person plural, goes on with the last speaker's words. */
    private static Draft continuation(List<Token> tokens, Sentence s) {
        Token first = tokens.get(s.from());
        Draft d = new Draft();
        d.attribution = Attribution.CONTINUATION;
        d.cueToken = -1;
        if (first.mark() > 0) {
            int close = closing(tokens, s.from(), s.to());
            if (close >= s.to() - 1 || close < 0) {
                d.from = s.from() + 1;
                d.to = close < 0 ? trimEnd(tokens, d.from, s.to()) : close;
                d.direct = true;
                d.rule = "continuation-quoted";
                d.confidence = 0.7;
                return d.to > d.from ? d : null;
            }
            return null;
        }
        boolean firstPerson = first.word() && FIRST_PERSON.contains(first.key()) && (!first.is("لقد")
                || (s.from() + 1 < s.to() && tokens.get(s.from() + 1).key().endsWith("نا")));
        if (!firstPerson) {
            return null;
        }
        d.from = s.from();
        d.to = trimEnd(tokens, s.from(), s.to());
        d.direct = true;
        d.rule = "continuation-first-person";
        d.confidence = 0.6;
        return d;
    }

    /** "X: ..." in a headline or intertitle. */
    private static Draft headline(List<Token> tokens, Sentence s, NounPhraseParser parser) {
        int colon = -1;
        for (int i = s.from(); i < Math.min(s.to(), s.from() + 6); i++) {
            if (tokens.get(i).isPunct(':')) {
                colon = i;
                break;
            }
        }
        if (colon <= s.from() || s.to() - colon < 3 || tokens.get(s.to() - 1).isPunct('؟')) {
            return null;
        }
        NounPhrase np = parser.parse(s.from(), colon, true);
        if (np == null || np.refersBack() || np.to() != colon) {
            return null;
        }
        Draft d = new Draft();
        d.attribution = Attribution.NAMED;
        d.speaker = np;
        d.cueToken = -1;
        d.confidence = 0.7;
        return span(tokens, s, colon + 1, d, "headline-colon", 0.7) ? d : null;
    }

    private static QuoteCandidate toCandidate(List<Token> tokens, Sentence s, Draft d) {
        QuoteKind kind = QuoteKind.INDIRECT;
        if (d.direct) {
            kind = QuoteKind.DIRECT;
        } else {
            for (int i = d.from; i < d.to; i++) {
                if (tokens.get(i).mark() != 0) {
                    kind = QuoteKind.MIXED;
                    break;
                }
            }
        }
        return new QuoteCandidate(s.index(), d.from, d.to, kind, d.cue, d.confidence, d.rule, d.attribution, d.speaker,
                d.cueToken);
    }
}
