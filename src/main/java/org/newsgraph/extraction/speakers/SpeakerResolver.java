package org.newsgraph.extraction.speakers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.newsgraph.extraction.clean.NoiseCleaner;
import org.newsgraph.extraction.document.Annotation;
import org.newsgraph.extraction.document.Document;
import org.newsgraph.extraction.document.Span;
import org.newsgraph.extraction.lexicon.CueLexicon;
import org.newsgraph.extraction.lexicon.Lexicons;
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

    List<Resolution> resolve(List<QuoteCandidate> quotes, List<Token> tokens, List<Sentence> sentences,
            NounPhraseParser parser, PersonRegistry registry, String text) {
        List<Resolution> out = new ArrayList<>(quotes.size());
        Map<Integer, Span> lastNaming = new HashMap<>();
        Resolution last = null;
        int previousSentence = -1;
        Resolution previousInSentence = null;
        for (QuoteCandidate q : quotes) {
            if (q.sentence() != previousSentence) {
                previousInSentence = null;
                previousSentence = q.sentence();
            }
            Resolution r = null;
            if (q.attribution() == Attribution.NAMED) {
                PersonRegistry.Entry e = registry.resolve(q.speaker(), text, true);
                if (e != null) {
                    Span naming = Tokens.span(tokens, text, q.speaker().from(), q.speaker().to());
                    r = new Resolution(e.ref, naming, namedConfidence(e, q.speaker()), "named-" + ruleOf(q.speaker()));
                }
            }
            if (r == null && q.attribution() != Attribution.CONTINUATION && previousInSentence != null) {
                r = new Resolution(previousInSentence.ref(), previousInSentence.naming(), 0.85, "same-sentence-subject");
            }
            // the verb agrees with its subject; "وأضاف البيان" agrees with the statement, not with who issued it
            Boolean feminine = q.cueToken() < 0 || CueLexicon.cue(tokens.get(q.cueToken())) == null
                    || q.attribution() == Attribution.STATEMENT ? null : CueLexicon.cue(tokens.get(q.cueToken())).feminine();
            if (r == null && q.attribution() == Attribution.STATEMENT) {
                r = issuer(tokens, sentences.get(q.sentence()), q.cueToken(), parser, registry, text);
            }
            if (r == null && q.attribution() == Attribution.PRONOUN && q.cueToken() >= 0) {
                r = antecedent(tokens, sentences.get(q.sentence()), q.cueToken(), parser, registry, text, feminine);
                if (r == null && q.sentence() > 0) {
                    r = previousSubject(tokens, sentences.get(q.sentence() - 1), sentences.get(q.sentence()), parser,
                            registry, text, feminine);
                }
            }
            if (r == null && last != null && agrees(registry.get(last.ref()), feminine)) {
                r = new Resolution(last.ref(), lastNaming.get(last.ref()), 0.6, "last-speaker");
            }
            if (r == null) {
                r = new Resolution(null, null, 0.0, "unresolved");
            }
            if (r.ref() != null && r.naming() != null) {
                lastNaming.put(r.ref(), r.naming());
            }
            out.add(r);
            if (r.ref() != null) {
                last = r;
                previousInSentence = r;
            }
        }
        return out;
    }

    /**
     * The nearest naming before the cue in its sentence that agrees with it: "يأمل بايدن ... لكنه حذر"; a feminine
     * verb ("وتقول") may stand for a state or a feminine body ("وظلت تركيا ... وتقول").
     */
    private static Resolution antecedent(List<Token> tokens, Sentence s, int cue, NounPhraseParser parser,
            PersonRegistry registry, String text, Boolean feminine) {
        for (int p = cue - 1; p >= Math.max(s.from(), cue - 20); p--) {
            NounPhrase np = parser.parse(p, cue, false);
            boolean body = np != null && Boolean.TRUE.equals(feminine) && np.kind() == PersonKind.INSTITUTION
                    && !inRelativeClause(tokens, s, p); // "التحالف الذي تقوده الولايات المتحدة" is no subject
            if (np == null || np.refersBack() || (np.kind() != PersonKind.PERSON && !body) || isObject(tokens, p, s)
                    || hasPreposition(tokens.get(p), registry)) {
                continue;
            }
            PersonRegistry.Entry e = registry.resolve(np, text);
            if (e != null && agrees(e, feminine)) {
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
     * Whether a verb's gender fits a speaker: titles (الوزير / الوزيرة) and states (feminine in Arabic) tell; names,
     * sources and unknown cues fit anything.
     */
    static boolean agrees(PersonRegistry.Entry e, Boolean feminine) {
        if (feminine == null || e.kind == PersonKind.ANONYMOUS) {
            return true;
        }
        if (e.kind == PersonKind.INSTITUTION) {
            String first = e.displayName().split(" ")[0];
            return feminine == (NameLexicon.isState(e.displayName()) || first.endsWith("ة"));
        }
        return e.feminine == null || e.feminine.equals(feminine);
    }

    private static boolean inRelativeClause(List<Token> tokens, Sentence s, int p) {
        for (int i = p - 1; i >= Math.max(s.from(), p - 3); i--) {
            if (tokens.get(i).word() && RELATIVES.contains(tokens.get(i).key())) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> RELATIVES = Lexicons.words("الذي التي الذين");

    /** A naming after a preposition ("مع بوتين"، "لنظيره") is an object, not the subject a pronoun stands for. */
    private static boolean isObject(List<Token> tokens, int p, Sentence s) {
        return p > s.from() && tokens.get(p - 1).word() && OBJECT_MARKERS.contains(tokens.get(p - 1).key());
    }

    /** "لنظيره"، "بالرئيس": a naming glued to ل/ب is an object. */
    private static boolean hasPreposition(Token t, PersonRegistry registry) {
        String k = t.bare();
        if (registry.isKnownName(k) || NameLexicon.TITLE_HEADS.contains(k) || k.length() < 4) {
            return false;
        }
        return k.charAt(0) == 'ل' || k.charAt(0) == 'ب';
    }

    private static final java.util.Set<String> OBJECT_MARKERS = Lexicons.words("مع إلى الى على عن من في بين");

    /**
     * A sentence with a dropped subject goes on with the subject of the previous sentence, in its paragraph or,
     * where every sentence is a paragraph, the one before: the naming right after its first verb ("من جهته، جدد
     * السيسي ...").
     */
    private static Resolution previousSubject(List<Token> tokens, Sentence previous, Sentence current,
            NounPhraseParser parser, PersonRegistry registry, String text, Boolean feminine) {
        if (current.paragraph() - previous.paragraph() > 1) {
            return null;
        }
        int from = skipOpeners(tokens, previous);
        for (int p = from + 1; p < Math.min(previous.to(), from + 3); p++) {
            NounPhrase np = parser.parse(p, previous.to(), false);
            if (np != null && !np.refersBack() && np.kind() == PersonKind.PERSON) {
                PersonRegistry.Entry e = registry.resolve(np, text);
                if (e != null && agrees(e, feminine)) {
                    return new Resolution(e.ref, Tokens.span(tokens, text, np.from(), np.to()), 0.65, "previous-sentence-subject");
                }
            }
        }
        return null;
    }

    /** The first token after an opening "من جهته،"، "من جانبه"، "بدوره،"، "كما". */
    private static int skipOpeners(List<Token> tokens, Sentence s) {
        int i = s.from();
        if (i + 1 < s.to() && (tokens.get(i).is("من") || tokens.get(i).is("ومن"))
                && (tokens.get(i + 1).key().startsWith("جهت") || tokens.get(i + 1).key().startsWith("جانب"))) {
            i += 2;
        } else if (i < s.to() && OPENERS.contains(tokens.get(i).key())) {
            i++;
        }
        while (i < s.to() && tokens.get(i).isComma()) {
            i++;
        }
        return i;
    }

    private static final java.util.Set<String> OPENERS = Lexicons.words("بدوره بدورها كما وكما");

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
