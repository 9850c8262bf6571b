package org.newsgraph.extraction.speakers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.newsgraph.extraction.clean.NoiseCleaner;
import org.newsgraph.extraction.document.Annotation;
import org.newsgraph.extraction.document.Document;
import org.newsgraph.extraction.document.Span;
import org.newsgraph.extraction.lexicon.Affixes;
import org.newsgraph.extraction.lexicon.CueLexicon;
import org.newsgraph.extraction.lexicon.EventLexicon;
import org.newsgraph.extraction.lexicon.GrammarWords;
import org.newsgraph.extraction.lexicon.NameLexicon;
import org.newsgraph.extraction.names.NameCollector;
import org.newsgraph.extraction.names.NounPhrase;
import org.newsgraph.extraction.names.NounPhraseParser;
import org.newsgraph.extraction.names.PersonRegistry;
import org.newsgraph.extraction.quotes.QuoteCandidate.Attribution;
import org.newsgraph.extraction.quotes.QuoteCandidate;
import org.newsgraph.extraction.quotes.QuoteFinder;
import org.newsgraph.extraction.tokens.Sentence;
import org.newsgraph.extraction.tokens.SentenceSplitter;
import org.newsgraph.extraction.tokens.Token;
import org.newsgraph.extraction.tokens.Tokenizer;
import org.newsgraph.extraction.tokens.Tokens;
import org.newsgraph.kinds.PersonKind;
import org.newsgraph.text.ArabicNormalizer;
import org.newsgraph.text.LexiconFile;

/**
 * Decides who said each statement, in reading order: a naming in the sentence, else the subject of the previous
 * cue in the sentence, else (pronoun or dropped subject) the nearest earlier naming in the sentence, else the
 * last speaker of the article.
 *
 * <p>Reads the cleaned text, {@link Tokenizer#TOKENS}, {@link SentenceSplitter#SENTENCES}, {@link QuoteFinder#QUOTES},
 * {@link NameCollector#PARSER} and {@link NameCollector#REGISTRY} (to which it may add a person); adds
 * {@link #SPEAKERS}.
 */
public final class SpeakerResolver {

    /** Who said each statement of {@link QuoteFinder#QUOTES}, in the same order. */
    public static final Annotation<List<Resolution>> SPEAKERS = Annotation.named("speakers");

    /** Who said a statement, where that person was named, how sure we are and why. */
    public record Resolution(Integer ref, Span naming, double confidence, String rule) {
    }

    public void annotate(Document doc) {
        doc.add(SPEAKERS, resolve(doc.get(QuoteFinder.QUOTES), doc.get(Tokenizer.TOKENS),
                doc.get(SentenceSplitter.SENTENCES), doc.get(NameCollector.PARSER), doc.get(NameCollector.REGISTRY),
                doc.get(NoiseCleaner.CLEANED).text()));
    }

    /** What a rule sees of one statement: the statement, the article, and the speakers found before it. */
    private record Context(QuoteCandidate q, List<Token> tokens, List<Sentence> sentences, NounPhraseParser parser,
            PersonRegistry registry, String text, Boolean feminine, Boolean singular, Resolution previousInSentence,
            List<Resolution> earlier, Map<Integer, Span> lastNaming) {
    }

    /** One rule of the stage: the speaker it finds for a statement, or null to leave it to the next rule. */
    private interface Rule {
        Resolution apply(Context c);
    }

    /** The rules in the order they are tried; each names itself in {@link Resolution#rule()}. */
    private static final List<Rule> RULES = List.of(SpeakerResolver::named, SpeakerResolver::sameSentenceSubject,
            SpeakerResolver::statementIssuer, SpeakerResolver::clauseSubject, SpeakerResolver::pronounAntecedent,
            SpeakerResolver::previousSentenceSubject, SpeakerResolver::lastSpeaker);

    List<Resolution> resolve(List<QuoteCandidate> quotes, List<Token> tokens, List<Sentence> sentences,
            NounPhraseParser parser, PersonRegistry registry, String text) {
        List<Resolution> out = new ArrayList<>(quotes.size());
        Map<Integer, Span> lastNaming = new HashMap<>();
        int previousSentence = -1;
        Resolution previousInSentence = null;
        for (QuoteCandidate q : quotes) {
            if (q.sentence() != previousSentence) {
                previousInSentence = null;
                previousSentence = q.sentence();
            }
            // the verb agrees with its subject; "وأضاف البيان" agrees with the statement, not with who issued it
            CueLexicon.Cue cue = q.cueToken() < 0 ? null : CueLexicon.cue(tokens.get(q.cueToken()));
            Boolean feminine = cue == null || q.attribution() == Attribution.STATEMENT ? null : cue.feminine();
            Boolean singular = cue == null || q.attribution() == Attribution.STATEMENT ? null : !cue.plural();
            Context c = new Context(q, tokens, sentences, parser, registry, text, feminine, singular, previousInSentence,
                    out, lastNaming);
            Resolution r = null;
            for (int n = 0; r == null && n < RULES.size(); n++) {
                r = RULES.get(n).apply(c);
            }
            if (r == null) {
                r = new Resolution(null, null, 0.0, "unresolved");
            }
            if (r.ref() != null && r.naming() != null) {
                lastNaming.put(r.ref(), r.naming());
            }
            out.add(r);
            if (r.ref() != null) {
                previousInSentence = r;
            }
        }
        return out;
    }

    /** "named-*": the naming the quote stage found in the sentence. */
    private static Resolution named(Context c) {
        if (c.q().attribution() != Attribution.NAMED) {
            return null;
        }
        Resolution last = c.earlier().isEmpty() ? null : c.earlier().get(c.earlier().size() - 1);
        if (last != null && last.ref() != null && c.registry().anaphorWithoutAntecedent(c.q().speaker())
                && GrammarWords.SAME.contains(ArabicNormalizer.withoutProclitic(c.tokens().get(c.q().speaker().from()).bare()))) {
            // "وأضاف ذات المصدر" with no unnamed source before it: whoever spoke last, the verb agreeing with "المصدر"
            return new Resolution(last.ref(), last.naming(), 0.6, "source-anaphor");
        }
        if (isLatter(c.tokens().get(c.q().speaker().from()))) {
            return theLatter(c);
        }
        PersonRegistry.Entry e = c.registry().resolve(c.q().speaker(), c.text(), true);
        return e == null ? null : new Resolution(e.ref, Tokens.span(c.tokens(), c.text(), c.q().speaker().from(),
                c.q().speaker().to()), namedConfidence(e, c.q().speaker()), "named-" + ruleOf(c.q().speaker()));
    }

    /**
     * "the-latter": "التقى X نظيره Y. وقال الأخير إن": the person named last before "الأخير", in its sentence or the
     * one before.
     */
    private static Resolution theLatter(Context c) {
        int from = c.sentences().get(Math.max(0, c.q().sentence() - 1)).from();
        return latterBefore(c.tokens(), from, c.q().speaker().from(), c.parser(), c.registry(), c.text());
    }

    private static boolean isLatter(Token t) {
        return t.word() && NameLexicon.LATTER.contains(ArabicNormalizer.withoutProclitic(t.bare()));
    }

    /** The person named last in [from, at): whom "الأخير" at {@code at} refers to, object or not. */
    private static Resolution latterBefore(List<Token> tokens, int from, int at, NounPhraseParser parser,
            PersonRegistry registry, String text) {
        for (int p = at - 1; p >= from; p--) {
            NounPhrase np = parser.mayStart(tokens.get(p)) ? parser.parse(p, at, false) : null;
            if (np == null || np.kind() != PersonKind.PERSON || np.refersBack() || isLatter(tokens.get(p))) {
                continue;
            }
            PersonRegistry.Entry e = registry.resolve(np, text);
            if (e != null) {
                return new Resolution(e.ref, Tokens.span(tokens, text, np.from(), np.to()), 0.7, "the-latter");
            }
        }
        return null;
    }

    /** "same-sentence-subject": a participle or a second cue goes on with the speaker of the sentence's statement. */
    private static Resolution sameSentenceSubject(Context c) {
        Resolution p = c.previousInSentence();
        return p == null || c.q().attribution() == Attribution.CONTINUATION ? null
                : new Resolution(p.ref(), p.naming(), 0.85, "same-sentence-subject");
    }

    /** "statement-issuer": "وجاء في بيان"، "وأضاف البيان". */
    private static Resolution statementIssuer(Context c) {
        if (c.q().attribution() != Attribution.STATEMENT) {
            return null;
        }
        Resolution r = issuer(c.tokens(), c.sentences().get(c.q().sentence()), c.q().cueToken(), c.parser(), c.registry(),
                c.text());
        return r != null ? r : statementNamedBefore(c);
    }

    /**
     * "statement-named-before": "وشدد البيان على" after "البيان الختامي للقمة العربية" was named is that statement,
     * not whoever spoke last, unless another statement ("في بيان") came up since it was last named.
     */
    private static Resolution statementNamedBefore(Context c) {
        List<Token> tokens = c.tokens();
        int cue = c.q().cueToken();
        Sentence s = c.sentences().get(c.q().sentence());
        if (cue < 0) {
            return null;
        }
        for (int p = cue + 1; p < Math.min(s.to(), cue + 3); p++) {
            Token t = tokens.get(p);
            if (!t.word() || !NameLexicon.STATEMENT_WORDS.contains(t.key()) || !t.key().startsWith(Affixes.ARTICLE)) {
                continue;
            }
            PersonRegistry.Entry e = c.registry().lastByHead(Affixes.withoutArticle(t.key()));
            Span before = e == null ? null : c.lastNaming().get(e.ref);
            if (before == null) {
                return null;
            }
            for (int k = p - 1; k >= 0 && tokens.get(k).start() >= before.end(); k--) {
                if (tokens.get(k).word() && NameLexicon.STATEMENT_WORDS.contains(tokens.get(k).bare())
                        && !tokens.get(k).bare().startsWith(Affixes.ARTICLE)) {
                    return null; // "وقال الوزير في بيان ... وأضاف البيان": the minister's statement
                }
            }
            return new Resolution(e.ref, Tokens.span(tokens, c.text(), p, p + 1), 0.7, "statement-named-before");
        }
        return null;
    }

    /**
     * A dropped subject or a pronoun; a naming that found nobody ("وأضافت الوزارة" before any ministry) is read as one.
     */
    private static boolean pronoun(Context c) {
        Attribution a = c.q().attribution();
        return (a == Attribution.PRONOUN || a == Attribution.NAMED) && c.q().cueToken() >= 0;
    }

    /**
     * "clause-subject": a participle ("مؤكدا"، "معربا") goes with the subject of the verb its clause opens with, not
     * with that verb's object named nearer to it ("واستقبل الرئيس فلان الوزير فلانا، مؤكدا"، "وهنأ الملك فلان
     * الرئيس فلانا، معربا").
     */
    private static Resolution clauseSubject(Context c) {
        List<Token> tokens = c.tokens();
        Sentence s = c.sentences().get(c.q().sentence());
        CueLexicon.Cue cue = c.q().cueToken() < 0 ? null : CueLexicon.cueAt(tokens, c.q().cueToken(), s.from(), s.to());
        // "أجرى الوزير فلان مكالمة مع نظيره فلان، جدد له خلالها ...": a verb after a comma goes on with the clause
        boolean goesOnAfterComma = cue != null && cue.frame() != CueLexicon.Frame.PARTICIPLE
                && c.q().cueToken() > s.from() && tokens.get(c.q().cueToken() - 1).isComma();
        if (!pronoun(c) || cue == null || cue.frame() != CueLexicon.Frame.PARTICIPLE && !goesOnAfterComma) {
            return null;
        }
        int verb = skipOpeners(tokens, s);
        int limit = c.q().cueToken();
        if (verb + 1 >= limit || !tokens.get(verb).word() || CueLexicon.cue(tokens.get(verb)) != null
                || c.parser().parse(verb, limit, false) != null) {
            return null; // a subject before the verb, or a cue of its own: the rules after this one read it
        }
        NounPhrase subject = c.parser().parse(verb + 1, limit, true);
        if (subject == null || subject.refersBack() || subject.kind() == null || subject.to() >= limit
                || !namedAfter(c, subject.to(), limit) || goesOnAfterComma && subject.title() == null) {
            return null; // no object named between the subject and the participle: the nearest naming is the subject
        }
        PersonRegistry.Entry e = c.registry().resolve(subject, c.text());
        return e == null || !agrees(e, c.feminine(), c.singular()) ? null
                : new Resolution(e.ref, Tokens.span(tokens, c.text(), subject.from(), subject.to()), 0.7, "clause-subject");
    }

    /** "pronoun-antecedent". */
    private static Resolution pronounAntecedent(Context c) {
        return !pronoun(c) ? null : antecedent(c.tokens(), c.sentences().get(c.q().sentence()), c.q().cueToken(),
                c.parser(), c.registry(), c.text(), c.feminine(), c.singular());
    }

    /** "previous-sentence-subject". */
    private static Resolution previousSentenceSubject(Context c) {
        int s = c.q().sentence();
        return !pronoun(c) || s == 0 ? null : previousSubject(c.tokens(), c.sentences().get(s - 1),
                c.sentences().get(s), c.parser(), c.registry(), c.text(), c.feminine(), c.singular());
    }

    /** "last-speaker": the article's latest speaker the verb agrees with. */
    private static Resolution lastSpeaker(Context c) {
        for (int n = c.earlier().size() - 1; n >= 0; n--) {
            Integer ref = c.earlier().get(n).ref();
            if (ref != null && agrees(c.registry().get(ref), c.feminine(), c.singular())) {
                return new Resolution(ref, c.lastNaming().get(ref), 0.6, "last-speaker");
            }
        }
        return null;
    }

    /**
     * The nearest naming before the cue in its sentence that agrees with it: "يأمل بايدن ... لكنه حذر"; a feminine
     * verb ("وتقول") may stand for a state or a feminine body ("وظلت تركيا ... وتقول").
     */
    private static Resolution antecedent(List<Token> tokens, Sentence s, int cue, NounPhraseParser parser,
            PersonRegistry registry, String text, Boolean feminine, Boolean singular) {
        for (int p = cue - 1; p >= Math.max(s.from(), cue - 20); p--) {
            if (isLatter(tokens.get(p))) {
                return latterBefore(tokens, s.from(), p, parser, registry, text); // "الرئيس يستقبل الوزير والأخير يؤكد"
            }
            NounPhrase np = parser.parse(p, cue, false);
            if (np != null && NameCollector.adjectiveOfNounBefore(np, tokens, p, s)) {
                continue; // "المكتب الإعلامي"، "مؤتمرها الصحفي التقليدي": an adjective, nobody's title
            }
            // a masculine body only where a subject stands: "غير أن الاتحاد العام للشغل رفض الدعوة، مؤكدا", or right
            // after the verb opening the sentence ("أصدر المكتب الإعلامي للوزارة بيانا نفى فيه ...")
            boolean subjectPlace = p == s.from() || CueLexicon.isComplementizer(tokens.get(p - 1))
                    || (p == s.from() + 1 && tokens.get(s.from()).word() && !NameLexicon.isStop(tokens.get(s.from())));
            boolean body = np != null && (Boolean.TRUE.equals(feminine) || subjectPlace)
                    && np.kind() == PersonKind.INSTITUTION
                    && !inRelativeClause(tokens, s, p); // "التحالف الذي تقوده الولايات المتحدة" is no subject
            if (np == null || np.refersBack() || (np.kind() != PersonKind.PERSON && !body) || isObject(tokens, p, s)
                    || hasPreposition(tokens.get(p), registry) || body && visitedPlace(tokens, p, s) || afterWith(tokens, p, s)) {
                continue;
            }
            PersonRegistry.Entry e = registry.resolve(np, text);
            if (e != null && agrees(e, feminine, singular)) {
                return new Resolution(e.ref, Tokens.span(tokens, text, np.from(), np.to()), 0.7, "pronoun-antecedent");
            }
        }
        return null;
    }

    /** "وجاء في بيان"، "وأضاف البيان": the statement of the institution named last in the sentence, else of the last speaker. */
    private static Resolution issuer(List<Token> tokens, Sentence s, int cue, NounPhraseParser parser,
            PersonRegistry registry, String text) {
        for (int p = cue - 1; p >= s.from(); p--) {
            NounPhrase np = parser.mayStart(tokens.get(p)) ? parser.parse(p, cue, false) : null;
            if (np != null && np.kind() == PersonKind.INSTITUTION && !isObject(tokens, p, s)
                    && !hasPreposition(tokens.get(p), registry)) { // "العمل مع تركيا" issues nothing
                PersonRegistry.Entry e = registry.resolve(np, text);
                if (e != null) {
                    return new Resolution(e.ref, Tokens.span(tokens, text, np.from(), np.to()), 0.75, "statement-issuer");
                }
            }
        }
        return null;
    }

    /**
     * Whether a verb fits a speaker: a singular verb no plural source, a plural or dual
     * one no single person; in gender, titles (الوزير / الوزيرة) and states
     * (feminine in Arabic) tell; names,
     * sources and unknown cues fit anything.
     */
    static boolean agrees(PersonRegistry.Entry e, Boolean feminine, Boolean singular) {
        if (Boolean.TRUE.equals(singular) && e.plural) {
            // "وقال مسؤولون ... وأضاف أن": a singular verb is none of theirs, but a plural of things takes a
            // feminine singular one ("وقالت مصادر ... وأضافت أن")
            return e.pluralOfThings && Boolean.TRUE.equals(feminine);
        }
        if (Boolean.FALSE.equals(singular) && !e.plural && e.kind != PersonKind.INSTITUTION) {
            return false; // "وقال الوزير ... وقال قادة الأحزاب ... وأضافوا": a plural verb is no one person's
        }
        if (feminine == null || e.kind == PersonKind.ANONYMOUS) {
            return true;
        }
        if (e.kind == PersonKind.INSTITUTION) {
            String first = e.displayName().split(" ")[0];
            return feminine == (NameLexicon.isState(e.displayName()) || first.endsWith(Affixes.TA_MARBUTA));
        }
        return e.feminine == null || e.feminine.equals(feminine);
    }

    private static boolean inRelativeClause(List<Token> tokens, Sentence s, int p) {
        for (int i = p - 1; i >= Math.max(s.from(), p - 3); i--) {
            if (tokens.get(i).word() && GrammarWords.RELATIVES.contains(tokens.get(i).key())) {
                return true;
            }
        }
        return false;
    }


    /** A naming after a preposition ("مع بوتين"، "لنظيره") is an object, not the subject a pronoun stands for. */
    /** "زارت عمان"، "وصلت إلى القاهرة": a state named by its capital after a visit verb or a place's preposition is a place. */
    private static boolean visitedPlace(List<Token> tokens, int p, Sentence s) {
        Token before = p > s.from() ? tokens.get(p - 1) : null;
        return before != null && before.word() && (EventLexicon.VERBS.containsKey(before.bare())
                || EventLexicon.PLACE_PREPOSITIONS.contains(before.key()));
    }

    /** "X خلال مؤتمر صحفي جمعه مع Y أكد أن": the one met, after "مع", is no subject. */
    private static boolean afterWith(List<Token> tokens, int p, Sentence s) {
        for (int q = p - 1; q >= Math.max(s.from(), p - WITH_TO_NAME); q--) {
            Token t = tokens.get(q);
            if (!t.word() || CueLexicon.cue(t) != null) {
                return false;
            }
            if (EventLexicon.WITH.contains(t.key())) {
                return true; // "مع وزير الخارجية الروسي سيرجي لافروف": the name after the title that follows "مع"
            }
        }
        return false;
    }

    /** Words of a title between "مع" and the name it introduces. */
    private static final int WITH_TO_NAME = 5;

    private static boolean isObject(List<Token> tokens, int p, Sentence s) {
        return p > s.from() && tokens.get(p - 1).word() && GrammarWords.OBJECT_MARKERS.contains(tokens.get(p - 1).key());
    }

    /** "لنظيره"، "بالرئيس": a naming glued to ل/ب is an object. */
    private static boolean hasPreposition(Token t, PersonRegistry registry) {
        String k = t.bare();
        if (registry.isKnownName(k) || NameLexicon.TITLE_HEADS.contains(k) || k.length() < 4) {
            return false;
        }
        return k.charAt(0) == 'ل' || k.charAt(0) == 'ب';
    }


    /**
     * A sentence with a dropped subject goes on with the subject of the previous sentence, in its paragraph or,
     * where every sentence is a paragraph, the one before: the naming right after its first verb ("من جهته، جدد
     * السيسي ...").
     */
    private static Resolution previousSubject(List<Token> tokens, Sentence previous, Sentence current,
            NounPhraseParser parser, PersonRegistry registry, String text, Boolean feminine, Boolean singular) {
        if (current.paragraph() - previous.paragraph() > 1) {
            return null;
        }
        int from = skipOpeners(tokens, previous);
        for (int p = from + 1; p < Math.min(previous.to(), from + 3); p++) {
            NounPhrase np = parser.parse(p, previous.to(), false);
            if (np == null || np.refersBack() || np.kind() == PersonKind.ANONYMOUS) {
                continue;
            }
            if (hasPreposition(tokens.get(np.from()), registry) || isObject(tokens, np.from(), previous)) {
                continue; // "وقبل لقائه بنظيره فلان، قال كيري": the one met is no subject
            }
            if (tokens.get(np.from()).quoted()) {
                return null; // "«اعتذرت لأمير قطر»": an intertitle in the speaker's words has no subject of the narration
            }
            // the first naming after the verb is its subject: "وقال مكتب رئيس الوزراء" is the office, not the premier
            PersonRegistry.Entry e = registry.resolve(np, text);
            if (e != null && agrees(e, feminine, singular)) {
                return new Resolution(e.ref, Tokens.span(tokens, text, np.from(), np.to()), 0.65, "previous-sentence-subject");
            }
            return null;
        }
        return null;
    }

    /** The first token after an opening "من جهته،"، "من جانبه"، "بدوره،"، "كما" or a short circumstance. */
    /**
     * Whether someone other than the subject is named between {@code at} and {@code limit}: an object right after the
     * subject, one glued to بـ/لـ, or one after "مع" ("مكالمة هاتفية مع نظيره الليبي").
     */
    private static boolean namedAfter(Context c, int at, int limit) {
        List<Token> tokens = c.tokens();
        if (c.parser().parse(at, limit, false) != null || titleAfterPreposition(tokens, at, limit)) {
            return true;
        }
        for (int i = at; i + 1 < limit; i++) {
            if (tokens.get(i).word() && EventLexicon.WITH.contains(tokens.get(i).key())
                    && c.parser().parse(i + 1, limit, false) != null) {
                return true;
            }
        }
        return false;
    }

    /** "ورحب الرئيس، بالسيد وزير الخارجية، معربا": an object named by its title glued to بـ or لـ, after a comma or not. */
    private static boolean titleAfterPreposition(List<Token> tokens, int at, int limit) {
        int i = at < limit && tokens.get(at).isComma() ? at + 1 : at;
        return i < limit && tokens.get(i).word() && NameLexicon.titleAfterPreposition(tokens.get(i).key());
    }

    private static int skipOpeners(List<Token> tokens, Sentence s) {
        int i = s.from();
        for (int c = s.from() + 1; c < Math.min(s.to() - 1, s.from() + 6); c++) {
            if (tokens.get(c).isPunct('/') || tokens.get(c).isPunct('-') || tokens.get(c).isPunct('–')) {
                i = c + 1; // "رام الله / وكالة / أعلن ...": a dateline with its agency before the verb
            }
        }
        if (i + 1 < s.to() && GrammarWords.SIDE_LEADS.contains(tokens.get(i).key()) && GrammarWords.SIDE_NOUNS.start(tokens.get(i + 1).key())) {
            i += 2;
        } else if (i < s.to() && OPENERS.contains(tokens.get(i).key())) {
            i++;
        } else if (i < s.to() && SUBORDINATORS.contains(tokens.get(i).key())) {
            // "وبعدما استقبله الرئيس فلان في المطار، صرّح الضيف": the clause of time up to the comma before the verb
            for (int c = i + 1; c < Math.min(s.to() - 1, i + SUBORDINATE_CLAUSE); c++) {
                if (tokens.get(c).isComma() && tokens.get(c + 1).word() && CueLexicon.cue(tokens.get(c + 1)) != null) {
                    i = c;
                    break;
                }
            }
        } else {
            // "في المقابل، اعتبر ..."، "وفي سياق متصل، قال ...": a short circumstance before the verb
            for (int c = i + 1; c < Math.min(s.to() - 1, i + 5); c++) {
                if (tokens.get(c).isComma() && CueLexicon.cue(tokens.get(c + 1)) != null) {
                    i = c;
                    break;
                }
            }
        }
        while (i < s.to() && tokens.get(i).isComma()) {
            i++;
        }
        return i;
    }

    private static final java.util.Set<String> OPENERS = LexiconFile.withFlag("function-words.tsv", "opener");
    private static final java.util.Set<String> SUBORDINATORS = LexiconFile.withFlag("function-words.tsv", "subordinator");
    /** Tokens a clause of time before the main verb may run over. */
    private static final int SUBORDINATE_CLAUSE = 25;

    private static double namedConfidence(PersonRegistry.Entry e, NounPhrase np) {
        if (np.kind() == PersonKind.PERSON) {
            return np.name() != null ? 0.95 : 0.8;
        }
        return np.kind() == PersonKind.INSTITUTION ? 0.9 : 0.85;
    }

    private static String ruleOf(NounPhrase np) {
        if (np.kind() != PersonKind.PERSON) {
            return np.kind().name().toLowerCase(java.util.Locale.ROOT);
        }
        if (np.name() == null) {
            return "title";
        }
        return np.roleFrom() >= 0 ? "apposition" : "name";
    }
}
