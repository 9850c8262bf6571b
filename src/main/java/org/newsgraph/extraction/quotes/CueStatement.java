package org.newsgraph.extraction.quotes;

import java.util.List;
import java.util.Set;

import org.newsgraph.extraction.lexicon.Affixes;
import org.newsgraph.extraction.lexicon.CueLexicon;
import org.newsgraph.extraction.lexicon.EventLexicon;
import org.newsgraph.extraction.lexicon.GrammarWords;
import org.newsgraph.extraction.lexicon.Inflections;
import org.newsgraph.extraction.lexicon.Inflections.Affix;
import org.newsgraph.extraction.lexicon.NameLexicon;
import org.newsgraph.extraction.lexicon.ReportingForms;
import org.newsgraph.extraction.names.NounPhrase;
import org.newsgraph.extraction.names.NounPhraseParser;
import org.newsgraph.extraction.quotes.QuoteCandidate.Attribution;
import org.newsgraph.extraction.tokens.Sentence;
import org.newsgraph.extraction.tokens.Token;
import org.newsgraph.extraction.tokens.Tokens;
import org.newsgraph.kinds.PersonKind;
import org.newsgraph.text.ArabicNormalizer;
import org.newsgraph.text.LexiconFile;

/**
 * The statement one reporting cue introduces: its speaker (named after or before the cue, in quotation marks, after
 * كان, or the source of a reported noun) and, through {@link StatementContent}, its words.
 */
final class CueStatement {

    private static final Set<String> PRONOUN_SUBJECTS = LexiconFile.withFlag("function-words.tsv", "pronoun-subject");
    /** "فيه"، "خلالها" after a cue taking an addressee: "بيانا دعا فيه الدول إلى", the subject is the text's author. */
    private static final Set<String> RESUMPTIVES = LexiconFile.withFlag("function-words.tsv", "resumptive");
    /** "أما": the naming after it is the topic, the subject of the verb after ف. */
    private static final Set<String> TOPIC = LexiconFile.withFlag("function-words.tsv", "topic");
    private static final Set<String> REPORTED_SOURCE_PREPOSITIONS = LexiconFile.withFlag("function-words.tsv", "reported-source");
    /** "كان"، "قد": the subject may stand between it and the verb ("وكان X قال"). */
    private static final Set<String> AUXILIARIES = LexiconFile.withFlag("function-words.tsv", "auxiliary");
    /** "قد" between the subject and its verb ("وكان المسؤول، قد أعلن"). */
    private static final Set<String> QAD = LexiconFile.withFlag("function-words.tsv", "qad");

    private CueStatement() {
    }

    static QuoteDraft at(List<Token> tokens, Sentence s, int k, CueLexicon.Cue cue, NounPhraseParser parser,
            boolean[] dateTokens, boolean afterAnother) {
        QuoteDraft d = new QuoteDraft();
        Token t = tokens.get(k);
        d.cue = t.bare().equals(t.key()) ? t.text() : t.text().substring(1).strip();
        d.cueToken = k;
        // "، وفق ما ذكرته الوزارة": the ما before the verb is "what", no negation
        if (!afterAnother && (SourceAfterContent.marks(tokens, s, k) && SourceAfterContent.statement(tokens, s, k, d, parser)
                || SourceAfterContent.statementAfterSource(tokens, s, k, d, parser))) {
            return d;
        }
        if (QuoteFinder.isNegated(tokens, k) && !cue.verb().negatable()) {
            return null; // "ولم يكشف عن سبب ...": what was not said is no statement ("لا يستبعد" says something)
        }
        if (QuoteFinder.impersonal(tokens, s, k)) {
            return null; // "يذكر أن ...": "it is recalled that", the journalist's own background
        }
        int j = StatementContent.skipAdverbials(tokens, k + 1, s, dateTokens, false);
        Token prev = k > s.from() ? tokens.get(k - 1) : null;
        if (cue.frame() == CueLexicon.Frame.REPORTED) {
            NounPhrase source = reportedSource(tokens, s, k, parser);
            if (source == null) {
                return null;
            }
            d.attribution = Attribution.NAMED;
            d.speaker = source;
            d.confidence = 0.85;
            // "نقلت الوكالة عن الوزير تأكيده دعم ..."، "تحذيره من ...": the verbal noun keeps its lemma's frame
            return StatementContent.content(tokens, s, j, d, cue.verb().object(), cue) ? d : null;
        }
        if (cue.frame() == CueLexicon.Frame.PARTICIPLE) {
            d.attribution = afterAnother ? Attribution.SAME_AS_PREVIOUS : Attribution.PRONOUN;
            NounPhrase before = afterAnother ? null : subjectBefore(tokens, s, k, parser);
            // "وزاد قائلا"، "وختم قائلا": one unknown word opening the sentence before the participle is its verb
            boolean verbFirst = before != null && before.from() == s.from() && before.to() == k
                    && before.to() - before.from() == 1 && before.title() == null && before.kind() == PersonKind.PERSON;
            if (before != null && !verbFirst) {
                d.attribution = Attribution.NAMED;
                d.speaker = before;
            }
            // "أكد الوزير فلان ونظيره فلان أن ...، محذرين من": a plural participle goes on with all of them
            d.group = d.attribution != Attribution.NAMED && cue.plural();
            d.rule = "participle";
            d.confidence = 0.8;
            return StatementContent.content(tokens, s, j, d, true, cue) ? d : null;
        }
        boolean pronounWord = prev != null && prev.word() && PRONOUN_SUBJECTS.contains(prev.key())
                && t.bare().equals(t.key());
        for (int i = k + 1; i < j; i++) {
            // "مقالا لظريف يحث فيه دول الخليج على": the states are urged, the author urges; a cue with no addressee
            // has its subject there ("اجتماع أكد فيه الوزراء أن"), unless a comma opens an aside after it ("ألقى
            // كلمة أوضح فيها، بأسلوب هادئ، أن": the speaker gave the speech)
            boolean aside = i + 1 < s.to() && tokens.get(i + 1).isComma();
            pronounWord |= RESUMPTIVES.contains(tokens.get(i).key()) && (cue.verb().addressee() || aside || madeWords(tokens, s, k));
        }
        // "وتمسكت بضرورة ...": no subject after the verb; it may stand before it ("وكانت اللجنة قد حذرت من")
        boolean pronoun = pronounWord || (j < s.to() && CueLexicon.governs(cue, tokens.get(j))
                && !baName(tokens.get(j), parser));
        if (!pronoun && isCollective(tokens, j, s)) {
            return null; // "استبعد الغربيون": a collective is no identifiable speaker
        }
        if (cue.verb().document() && k > s.from() && k + 1 < s.to() && RESUMPTIVES.contains(tokens.get(k + 1).key())
                && NameLexicon.STATEMENT_WORDS.contains(tokens.get(k - 1).key())) {
            // "أصدرت النقابة بيانا جاء فيه أن"، "صدر عن الوزير سالم حداد بيان جاء فيه:": the naming before the noun
            d.speaker = issuerBefore(tokens, s, k - 1, parser);
            d.attribution = Attribution.NAMED;
            d.confidence = 0.85;
            return d.speaker != null && StatementContent.content(tokens, s, j, d, false, null) ? d : null;
        }
        if (cue.verb().document()) {
            if (j + 1 >= s.to() || !StatementContent.IN.contains(tokens.get(j).key())) {
                return null; // "وجاء تحرك تركيا بعد ...": coming, not a text that says
            }
            j++; // "جاء في بيان ..."
        }
        NounPhrase kana = pronounWord ? null : subjectAfterKana(tokens, s, k, parser);
        // "السعودية تستنكر اقتحام المسجد": a naming opening the sentence right before an imperfect verb is its
        // subject, and what follows the verb its object
        NounPhrase opening = pronounWord || kana != null || !imperfect(t) ? null : subjectBefore(tokens, s, k, parser);
        boolean bareTitleOpening = opening != null && opening.kind() == PersonKind.PERSON && opening.name() == null;
        if (opening != null && (opening.from() != s.from() || opening.to() != k || cue.frame() == CueLexicon.Frame.STANCE
                || bareTitleOpening)) {
            opening = null; // not a forecast ("الإدريسي يتوقع موسما جيدا"), nor a bare title the body names later
        }
        // "رئيس البرلمان الجديد يدعو الحكومة للعودة": after a title opening the sentence, the naming after a verb
        // with an addressee is the one addressed, not the speaker
        pronoun |= opening != null || (bareTitleOpening && cue.verb().addressee());
        NounPhrase marked = pronoun || kana != null ? null : markedName(tokens, s, j, parser, cue);
        int dualTitleEnd = pronoun || kana != null ? j : parser.dualTitleEnd(j, s.to());
        NounPhrase np = pronoun || kana != null || dualTitleEnd > j ? null : marked != null ? marked
                : parser.parse(JointSubjects.afterKullMin(tokens, j, s), s.to(), true); // "ودان كل من X وY"
        // after "كل من" the verb agrees with كل, not with the states named ("وأكد كل من الأردن ومصر")
        boolean kullMin = JointSubjects.afterKullMin(tokens, j, s) > j;
        if (np != null && (np.to() <= j || (!kullMin && agreementRulesOut(cue, np))
                || opensGovernedObject(tokens, s, cue, np, parser) || describedGathering(tokens, s, cue, np))) {
            np = null;
        }
        int circumstance = j; // where the words after the speaker start, before "في بيان" and the like are passed
        if (np != null) {
            d.attribution = np.refersBack() ? Attribution.STATEMENT : Attribution.NAMED;
            d.speaker = np.refersBack() ? null : np;
            int end = np.to();
            NounPhrase holder = d.speaker != null ? markedHolder(tokens, s, np, parser, cue) : null;
            if (holder != null) {
                d.speaker = new NounPhrase(PersonKind.PERSON, np.from(), holder.to(), holder.name(), np.title(), np.key(),
                        np.roleFrom(), np.roleTo(), false);
                end = holder.to() + 1;
            } else if (d.speaker != null) {
                d.joint = JointSubjects.after(tokens, s, np, parser);
                end = d.joint.isEmpty() ? end : d.joint.get(d.joint.size() - 1).to();
            }
            circumstance = StatementContent.skipAdverbials(tokens, np == marked ? np.to() + 1 : end, s, dateTokens, false);
            j = StatementContent.skipAdverbials(tokens, circumstance, s, dateTokens, true);
            if (j == circumstance && j < s.to() && tokens.get(j).word() && GrammarWords.RELATIVES.contains(tokens.get(j).key())
                    && StatementContent.clauseAhead(tokens, s, j + 1)) {
                j++; // "وأكد الوزير فلان الذي شارك في القمة أن": his relative clause, then the complementizer
            }
        } else {
            boolean collective = dualTitleEnd > j
                    || (j < s.to() && tokens.get(j).word() && GrammarWords.COLLECTIVE_SPEAKERS.contains(tokens.get(j).key()));
            List<NounPhrase> named = collective
                    ? parser.namedByPairTitle(Math.max(dualTitleEnd, j + 1), s.to()) : List.of();
            if (!named.isEmpty()) {
                // "أكد الوزيران سالم حداد وفادي منصور أن": the pair's title before their names, one statement each
                d.attribution = Attribution.NAMED;
                d.speaker = named.get(0);
                d.joint = named.subList(1, named.size());
                int end = named.get(named.size() - 1).to();
                circumstance = StatementContent.skipAdverbials(tokens, end, s, dateTokens, false);
                j = StatementContent.skipAdverbials(tokens, circumstance, s, dateTokens, true);
            } else if (collective) {
                // "وأكد الرئيسان أنهما"، "وأعرب وزيرا الخارجية عن": two speakers at once, whose words start after
                // them and after the occasion ("أكد الوزيران خلال الاتصال عمق العلاقات")
                j = StatementContent.skipAdverbials(tokens, Math.max(dualTitleEnd, j + 1), s, dateTokens, true);
            } else if (j < s.to() && tokens.get(j).word() && NameLexicon.HONORIFIC_PRONOUNS.contains(tokens.get(j).key())) {
                // "وثمن سموه جهود ..."، "وأكد جلالته، خلال الاتصال، أهمية ...": the speaker named before, whose words
                // start after the honorific and where it was said
                j = StatementContent.skipAdverbials(tokens, j + 1, s, dateTokens, true);
            }
            if (named.isEmpty()) {
                NounPhrase before = kana != null ? kana : opening != null ? opening : pronounWord ? null
                        : subjectBefore(tokens, s, k, parser);
                List<NounPhrase> joint = before == null && !pronounWord && cue.plural() ? jointBefore(tokens, s, k, parser)
                        : List.of();
                if (!joint.isEmpty()) {
                    before = joint.get(0); // "الرئيسان سالم وفادي يؤكدان"، "مصر والأردن تحذران": one statement each
                    d.joint = joint.subList(1, joint.size());
                }
                d.attribution = before != null ? Attribution.NAMED : afterAnother ? Attribution.SAME_AS_PREVIOUS
                        : Attribution.PRONOUN;
                d.speaker = before;
                d.group = before == null && (collective || cue.plural()); // "وقالا إن"، "وأكد الجانبان"
                d.pairSpeaks = before == null && (collective || dual(t, cue));
            }
        }
        boolean objectAllowed = cue.verb().object();
        d.confidence = cue.frame() == CueLexicon.Frame.STANCE ? 0.55
                : cue.verb().act() == CueLexicon.Act.EVALUATIVE ? 0.6 : 0.9;
        if (leadingQuote(tokens, s, k, d)) {
            return d;
        }
        if (objectAllowed && circumstance < j && StatementContent.clauseAhead(tokens, s, circumstance)
                && StatementContent.content(tokens, s, circumstance, d, false, null)) {
            return d; // "أكد، في تصريحات نقلتها صحيفة ...، أن": the clause wins over an object
        }
        return StatementContent.content(tokens, s, j, d, objectAllowed, cue) && !welcomesAGuest(tokens, d, cue) ? d : null;
    }

    /** Words between the statements a speaker made ("بتصريحات مقتضبة") and the cue that tells what they said. */
    private static final int VEHICLE_TO_CUE = 3;

    /**
     * "أدلى تبون بتصريحات مقتضبة أكد فيها وقوف الجزائر": a cue with its resumptive right after the speaker's statements
     * tells what he said in them; the naming after it is what he affirmed, not a subject.
     */
    private static boolean madeWords(List<Token> tokens, Sentence s, int k) {
        for (int i = k - 1; i >= Math.max(s.from(), k - VEHICLE_TO_CUE); i--) {
            Token t = tokens.get(i);
            if (t.word() && (CueLexicon.isSayingNoun(t) || StatementContent.isVehicle(ArabicNormalizer.withoutProclitic(t.bare())))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "ورحب الرئيس بالوزير والوفد المرافق له"، "رحب بالسيد وزير الخارجية": a welcome whose object, glued to بـ, opens
     * with a title, a courtesy title or an honorific receives a guest; it states nothing.
     */
    private static boolean welcomesAGuest(List<Token> tokens, QuoteDraft d, CueLexicon.Cue cue) {
        if (!cue.verb().welcomesGuests() || d.from >= tokens.size() || !tokens.get(d.from).word()) {
            return false;
        }
        String key = tokens.get(d.from).key();
        return key.startsWith(Affixes.PREPOSITION_BI) && NameLexicon.titleAfterPreposition(key);
    }

    /**
     * A speaker named in quotation marks ("ونفى «الصباح» أن"، "قال "الصباح": "...""): the marks hold a name only and
     * the statement follows them, after a colon or a complementizer, or after a comma and an aside on when or where
     * it was said ("وأشار "حداد"، خلال مداخلة هاتفية، إلى أن"، "وشددت "شركة النور"، بعد ساعات من الحادث، على").
     */
    private static NounPhrase markedName(List<Token> tokens, Sentence s, int j, NounPhraseParser parser,
            CueLexicon.Cue cue) {
        int close = closingBeforeWords(tokens, s, j, 5, cue); // "الشركة الكويتية لنقل النفط"
        return close < 0 ? null : namedInMarks(tokens, j, close, parser);
    }

    /** The name held by the marks opening at j and closing at close, all of it, or null when they hold more. */
    static NounPhrase namedInMarks(List<Token> tokens, int j, int close, NounPhraseParser parser) {
        NounPhrase np = parser.parse(j + 1, close, true);
        if (np == null && close == j + 2 && tokens.get(j + 1).word() && !NameLexicon.isStop(tokens.get(j + 1))) {
            // a family name alone ("«الصباح»"), which the grammar alone would not take for a name
            String name = tokens.get(j + 1).text();
            return new NounPhrase(PersonKind.PERSON, j + 1, close, name, null, null, -1, -1, false);
        }
        if ((np == null || np.to() != close) && close > j + 2 && tokens.get(j + 1).word()) {
            String head = tokens.get(j + 1).key();
            head = head.startsWith(Affixes.ARTICLE) ? head.substring(Affixes.ARTICLE.length()) : head;
            if (NameLexicon.INSTITUTION_HEADS.contains(head) || NameLexicon.INSTITUTION_HEADS.contains(head.replace('ه', 'ة'))) {
                // "وشددت "الشركة الوطنية لنقل النفط"، بعد ساعات، على": a body the lexicon does not list, named whole
                StringBuilder name = new StringBuilder();
                for (int i = j + 1; i < close; i++) {
                    name.append(i > j + 1 ? " " : "").append(tokens.get(i).text());
                }
                return new NounPhrase(PersonKind.INSTITUTION, j + 1, close, name.toString(), null, null, -1, -1, false);
            }
        }
        return np != null && np.to() == close && np.kind() != null && !np.refersBack() ? np : null;
    }

    /**
     * The closing mark of marks opened at {@code j} around one to {@code words} tokens, when the statement follows
     * them (a colon, a complementizer, or a comma, an aside and the content); -1 otherwise.
     */
    private static int closingBeforeWords(List<Token> tokens, Sentence s, int j, int words, CueLexicon.Cue cue) {
        if (j >= s.to() || tokens.get(j).mark() <= 0) {
            return -1;
        }
        int close = Tokens.closing(tokens, j, s.to());
        if (close <= j + 1 || close > j + 1 + words || close + 1 >= s.to()) {
            return -1;
        }
        Token after = tokens.get(close + 1);
        return after.isPunct(':') || CueLexicon.isComplementizer(after) || contentAfterAside(tokens, s, close + 1, cue)
                ? close : -1;
    }

    /**
     * A comma or semicolon at {@code sep}, or an aside opening there without one (a preposition of the circumstance,
     * "ردا على سؤال"), then within the sentence, before any other cue, a complementizer or the cue's governed
     * preposition, at once or after a comma closing an aside, or a quotation after that comma: the words before were
     * no quotation ("وأضاف «حداد» ردا على سؤال، في مؤتمر صحفي، «...»"); after an aside opened by a preposition a
     * complementizer may also follow with no comma ("قال «حداد» في مؤتمر صحفي إن").
     */
    private static boolean contentAfterAside(List<Token> tokens, Sentence s, int sep, CueLexicon.Cue cue) {
        Token first = tokens.get(sep);
        boolean comma = first.isComma();
        if (!comma && !(first.word() && (StatementContent.ADVERBIAL_PREPOSITIONS.contains(first.key())
                || CueLexicon.verbalNoun(first) != null))) {
            return false;
        }
        for (int i = sep + 1; i < Math.min(s.to(), sep + 24); i++) {
            Token t = tokens.get(i);
            if (t.word() && !t.quoted() && CueLexicon.cue(t) != null && !StatementContent.vehicleNoun(tokens, i, s)) {
                return false;
            }
            if (t.isPunct(':') && i + 1 < s.to() && tokens.get(i + 1).mark() > 0) {
                return true; // "وأضاف "حداد"، خلال حديثه للصحفيين: "...""
            }
            boolean asideClosed = tokens.get(i - 1).isComma() && i > sep + 1;
            boolean clauseStart = (comma && i == sep + 1) || asideClosed; // not "أجاب "سنرى"، إلا أنه"
            boolean complementizer = t.word() && !t.quoted() && CueLexicon.isComplementizer(t);
            if (clauseStart && (complementizer || CueLexicon.governs(cue, t))) {
                return true;
            }
            if (!comma && complementizer) {
                return true; // "قال «حداد» في مؤتمر صحفي مع نظيره إن": an aside with no comma before its words
            }
            if (asideClosed && StatementContent.sentenceQuoted(tokens, i, s)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "كشف المبعوث الدولي "سامي حداد"، عن": a title, then its holder's name in marks before a separator: the
     * holder, or null.
     */
    private static NounPhrase markedHolder(List<Token> tokens, Sentence s, NounPhrase np, NounPhraseParser parser,
            CueLexicon.Cue cue) {
        int j = np.to();
        int close = np.kind() != PersonKind.PERSON || np.title() == null || np.name() != null ? -1
                : closingBeforeWords(tokens, s, j, 5, cue);
        if (close < 0) {
            return null;
        }
        StringBuilder name = new StringBuilder();
        for (int i = j + 1; i < close; i++) {
            Token t = tokens.get(i);
            if (!t.word() || NameLexicon.isStop(t) || CueLexicon.isComplementizer(t)) {
                return null; // words, not a name
            }
            name.append(i > j + 1 ? " " : "").append(t.text());
        }
        return new NounPhrase(PersonKind.PERSON, j + 1, close, name.toString(), null, null, -1, -1, false);
    }

    /** The naming that ends right before the statement noun at {@code noun}: who issued it, or null. */
    private static NounPhrase issuerBefore(List<Token> tokens, Sentence s, int noun, NounPhraseParser parser) {
        for (int p = Math.max(s.from(), noun - 10); p < noun; p++) {
            NounPhrase np = parser.parse(p, noun, true);
            if (np != null && np.to() == noun && np.kind() != null && !np.refersBack()) {
                return np;
            }
        }
        return null;
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
            if (tokens.get(i).word() && !tokens.get(i).is(Affixes.CONJUNCTION_WA)) {
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


    /** Subject before the verb: "وكان X قال"، "الولايات المتحدة حذرت"، "أما الحزب فقد اعتبر". */
    private static NounPhrase subjectBefore(List<Token> tokens, Sentence s, int k, NounPhraseParser parser) {
        for (int p = Math.max(s.from(), k - 12); p < k; p++) {
            boolean topic = p > s.from() && TOPIC.contains(tokens.get(p - 1).key());
            // "عاجل| مصدر أمني ينفي": a label and its separator before a headline's subject
            // (not a comma: "مع نظيره الليبي، فلان، جدد له خلالها" goes on with the sentence's subject)
            boolean separated = p > s.from() && !tokens.get(p - 1).word() && tokens.get(p - 1).mark() == 0
                    && (!tokens.get(p - 1).isComma() || tokens.get(p).text().startsWith(Affixes.CONJUNCTION_WA)
                    && !tokens.get(p).key().equals(tokens.get(p).bare())); // "، ومندوب سوريا يعتبر": a clause of its own
            boolean boundary = p == s.from() || separated || isKana(tokens.get(p - 1)) || topic
                    || CueLexicon.isComplementizer(tokens.get(p - 1)); // "غير أن مسؤولين توقعوا ..."
            if (!boundary) {
                continue;
            }
            NounPhrase np = parser.parse(p, k, true);
            // after أما the verb follows ف, alone or in "فقد"
            boolean fa = topic && np != null && np.to() == k - 1
                    && tokens.get(k - 1).key().startsWith(Affixes.CONJUNCTION_FA)
                    && QuoteFinder.CONNECTORS.contains(tokens.get(k - 1).key())
                    // "أما الرئيس فلان وخلال استقباله الضيف فقال": the topic is the subject of the cue with ف, whoever
                    // is named between them
                    || topic && np != null && np.to() < k && tokens.get(k).text().startsWith(Affixes.CONJUNCTION_FA);
            if (np != null && !np.refersBack() && (np.to() == k || fa
                    || (np.to() == k - 1 && tokens.get(k - 1).isComma()))) {
                return np;
            }
        }
        return null;
    }

    /**
     * "السيسي وهادي يؤكدان أهمية ..."، "مصر والأردن تحذران من ...": namings joined by و opening the sentence right
     * before a dual or plural verb are its subjects, the first followed by the others; empty when there are none.
     */
    private static List<NounPhrase> jointBefore(List<Token> tokens, Sentence s, int k, NounPhraseParser parser) {
        NounPhrase first = parser.parse(s.from(), k, true);
        if (first == null || first.refersBack() || first.kind() == null || first.to() >= k) {
            return List.of();
        }
        List<NounPhrase> others = JointSubjects.after(tokens, s, first, parser);
        if (others.isEmpty() || others.get(others.size() - 1).to() != k) {
            return List.of();
        }
        List<NounPhrase> all = new java.util.ArrayList<>(List.of(first));
        all.addAll(others);
        return all;
    }

    /**
     * "ودعا الهند إلى": a masculine verb before a state (feminine in Arabic) has it as object, not subject; and a
     * verb before its named subject is singular, so what follows a plural one ("مسؤولين توقعوا تعرضها") is its object.
     */
    private static boolean agreementRulesOut(CueLexicon.Cue cue, NounPhrase np) {
        return cue.plural() || !cue.feminine() && np.kind() == PersonKind.INSTITUTION && NameLexicon.isState(np.name());
    }

    /** "عن وزير الداخلية فهد السالم قوله"، "إلى مسؤول قوله": the naming between عن/إلى and the reported noun. */
    private static NounPhrase reportedSource(List<Token> tokens, Sentence s, int k, NounPhraseParser parser) {
        for (int p = k - 1; p >= Math.max(s.from(), k - 10); p--) {
            if (tokens.get(p).word() && REPORTED_SOURCE_PREPOSITIONS.contains(tokens.get(p).key())) {
                NounPhrase np = parser.parse(p + 1, k, true);
                return np != null && !np.refersBack() && np.to() >= k - 1 ? np : null;
            }
        }
        return null;
    }

    /**
     * "وأشاد بعمق العلاقات": a naming right after the cue that carries the preposition the cue governs is its object,
     * when the preposition does not come again after it ("ورحب بوتين بالاتفاق" names Putin).
     */
    private static boolean opensGovernedObject(List<Token> tokens, Sentence s, CueLexicon.Cue cue, NounPhrase np,
            NounPhraseParser parser) {
        if (!CueLexicon.carriesGovernedPreposition(cue, tokens.get(np.from())) || baName(tokens.get(np.from()), parser)) {
            return false;
        }
        for (int i = np.to(); i < Math.min(s.to(), np.to() + 6); i++) {
            if (CueLexicon.governs(cue, tokens.get(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "ووصف الاجتماع الرباعي بأنه بداية"، "ووصفت القمة بالناجحة": a gathering right before the preposition of a
     * describing verb is what the verb describes; its speaker is the one named before (a gathering that demands or
     * calls still speaks: "وطالب الاجتماع بإنهاء الحصار").
     */
    private static boolean describedGathering(List<Token> tokens, Sentence s, CueLexicon.Cue cue, NounPhrase np) {
        return cue.verb().describes() && np.to() < s.to() && CueLexicon.governs(cue, tokens.get(np.to()))
                && EventLexicon.TRIGGERS.containsKey(tokens.get(np.from()).key());
    }

    /** "تستنكر"، "يؤكد": an imperfect form (with its prefix ي/ت), not a perfect starting with ت ("تحدث"). */
    private static boolean imperfect(Token t) {
        String k = t.bare();
        String feminine = Inflections.prefix(Affix.IMPERFECT_SHE);
        // "يحث"، "ترد": a cue of a doubled root has three letters with its prefix, which its lemma does not start with
        CueLexicon.Cue cue = CueLexicon.cue(t);
        boolean prefixed = cue != null && k.length() == 3 && !cue.verb().key().startsWith(k.substring(0, 1));
        return (k.length() >= 4 || prefixed) && (k.startsWith(Inflections.prefix(Affix.IMPERFECT_HE)) || (k.startsWith(feminine)
                && cue != null && !cue.verb().key().startsWith(feminine)));
    }

    /**
     * "ورحب بلينكن، في اتصال ...، بما تحقق"، "وصرح بوقادوم للصحفيين أن": a word starting with ب that the article has
     * used as a name (or part of one) is that name, not the preposition بـ and its object.
     */
    private static boolean baName(Token t, NounPhraseParser parser) {
        return CueLexicon.attachedBa(t) && parser.isKnownName(t);
    }

    /** "وكان بايدن توعد نظيره": the subject stands between كان and the verb, and what follows is the object. */
    private static NounPhrase subjectAfterKana(List<Token> tokens, Sentence s, int k, NounPhraseParser parser) {
        for (int p = Math.max(s.from(), k - 12); p < k - 1; p++) {
            if (isKana(tokens.get(p)) && !QAD.contains(tokens.get(p).key())) {
                NounPhrase np = parser.parse(p + 1, k, true);
                return np != null && !np.refersBack() && onlyCommaAndQadBetween(tokens, np.to(), k) ? np : null;
            }
        }
        return null;
    }

    /** "وكان بايدن قال"، "وكان المسؤول، قد أعلن": nothing but a comma or قد between the subject and its verb. */
    private static boolean onlyCommaAndQadBetween(List<Token> tokens, int from, int verb) {
        for (int i = from; i < verb; i++) {
            if (!tokens.get(i).isComma() && !QAD.contains(tokens.get(i).key())) {
                return i >= verb - 1 && from >= verb - 1; // a single word of any kind right before the verb, as before
            }
        }
        return true;
    }

    private static boolean isCollective(List<Token> tokens, int j, Sentence s) {
        if (j >= s.to() || !tokens.get(j).word()) {
            return false;
        }
        String k = tokens.get(j).key();
        return k.startsWith(Affixes.ARTICLE) && (k.endsWith(Inflections.suffix(Affix.RELATIONAL_PLURAL))
                || k.endsWith(Inflections.suffix(Affix.RELATIONAL_PLURAL_OBLIQUE)))
                && !NameLexicon.ANONYMOUS_HEADS.contains(k);
    }

    /** "وأكدا"، "يؤكدان": a dual verb, which only a pair can be the subject of ("أكدوا" is plural). */
    private static boolean dual(Token t, CueLexicon.Cue cue) {
        return cue.plural() && cue.role() == ReportingForms.Role.VERB && Inflections.dualVerb(t.bare());
    }

    private static boolean isKana(Token t) {
        return t.word() && AUXILIARIES.contains(t.bare());
    }

}
