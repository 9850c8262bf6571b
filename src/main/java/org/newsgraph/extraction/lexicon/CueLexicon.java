package org.newsgraph.extraction.lexicon;

import org.newsgraph.text.LexiconFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.newsgraph.extraction.tokens.Token;
import org.newsgraph.text.ArabicNormalizer;

/** Reporting words: which word forms introduce a statement and how their content is attached. */
public final class CueLexicon {

    /** How a cue takes its content. */
    public enum Frame {
        /** needs إن/أن or quotation marks after the speaker (قال، أضاف) */
        CLAUSE,
        /** may also take a plain object as the statement (نفى وجود…، دعا إلى…، أكد دعمه) */
        OBJECT,
        /** stance verbs (اعتبر، يرى): counted, with lower confidence */
        STANCE,
        /** adverbial participles continuing the same speaker (قائلا، مذكرا) */
        PARTICIPLE,
        /** "نقلت الوكالة عن الوزير قوله إن": the speaker is the naming after عن, before the noun */
        REPORTED,
        /** a verbal noun (تحذير، التأكيد، بالقول) */
        VERBAL_NOUN
    }

    /** What kind of act a lemma reports. */
    public enum Act {
        REPORT, STANCE, EVALUATIVE
    }

    /** A reporting lemma as the lexicon gives it. */
    public record Lemma(String key, Act act, boolean clause, boolean quote, boolean object, Set<String> prepositions,
            boolean document, boolean negatable, boolean addressee) {

        /** "رحب بـ"، "ندد بـ": a lemma that states something only through its preposition. */
        public boolean prepositionOnly() {
            return !clause && !quote && !object;
        }
    }

    /** A reporting word; {@code feminine}/{@code plural} for forms that agree with such a subject (قالت، قالوا). */
    public record Cue(Lemma verb, ReportingForms.Role role, boolean feminine, boolean plural) {

        public String lemma() {
            return verb.key();
        }

        public Frame frame() {
            return switch (role) {
                case PARTICIPLE -> Frame.PARTICIPLE;
                case REPORTED -> Frame.REPORTED;
                case VERBAL_NOUN -> Frame.VERBAL_NOUN;
                case VERB -> verb.act() == Act.STANCE ? Frame.STANCE
                        : verb.object() ? Frame.OBJECT : Frame.CLAUSE;
            };
        }
    }

    private static final Map<String, Cue> FORMS = new HashMap<>();
    /** Frame keywords; any other frame is a governed preposition. */
    private static final Set<String> KEYWORDS = Set.of("that", "quote", "object", "negated", "addressee");

    static {
        for (LexiconFile.Line l : LexiconFile.lines("statement-verbs.txt")) {
            String key = ArabicNormalizer.matchKey(l.column(0));
            FORMS.putIfAbsent(key, new Cue(new Lemma(key, Act.REPORT, true, true, false, Set.of(), true, false, false),
                    ReportingForms.Role.VERB, false, false));
        }
        List<Cue> later = new ArrayList<>();
        List<String> laterKeys = new ArrayList<>();
        for (LexiconFile.Line l : LexiconFile.lines("reporting-verbs.tsv")) {
            Set<String> frames = Set.of(l.column(4).split(" "));
            Set<String> prepositions = new HashSet<>();
            for (String f : frames) {
                if (!KEYWORDS.contains(f)) {
                    prepositions.add(ArabicNormalizer.matchKey(f));
                }
            }
            Act act = Act.valueOf(l.column(5).toUpperCase(java.util.Locale.ROOT));
            Lemma lemma = new Lemma(ArabicNormalizer.matchKey(l.column(0)), act, frames.contains("that"),
                    frames.contains("quote"), frames.contains("object"), Set.copyOf(prepositions), false,
                    frames.contains("negated") || act == Act.STANCE, frames.contains("addressee"));
            String participle = l.column(2).equals("-") ? null : l.column(2);
            List<String> nouns = l.column(3).equals("-") ? List.of() : List.of(l.column(3).split(","));
            for (ReportingForms.Form f : ReportingForms.generate(l.column(0), l.column(1), participle, nouns)) {
                if (NameLexicon.STOP.contains(f.key()) && !lemma.prepositionOnly()) {
                    continue; // "بين" is "between" far more often than "he showed"; "عبر عن" is told by its عن
                }
                Cue cue = new Cue(lemma, f.role(), f.feminine(), f.plural());
                if (f.role() == ReportingForms.Role.VERB) {
                    FORMS.putIfAbsent(f.key(), cue);
                    if (f.key().length() < 4) { // "وحث": too short for the tokenizer to read its و off
                        FORMS.putIfAbsent("و" + f.key(), cue);
                        FORMS.putIfAbsent("ف" + f.key(), cue);
                    }
                } else {
                    later.add(cue);
                    laterKeys.add(f.key());
                }
            }
        }
        for (int n = 0; n < later.size(); n++) {
            FORMS.putIfAbsent(laterKeys.get(n), later.get(n)); // a verb form wins over a noun spelled alike
        }
    }


    /** Complementizers after which indirect speech starts; those carrying a pronoun are kept in the span. */
    private static final Set<String> BARE_COMPLEMENTIZERS = LexiconFile.withFlag("complementizers.tsv", "bare");
    private static final Set<String> PRONOUN_COMPLEMENTIZERS = LexiconFile.withFlag("complementizers.tsv", "pronoun");
    /** "According to": a journalist's attribution after a statement, or a speaker before it. */
    public static final Set<String> ACCORDING_TO = LexiconFile.words("according-to.txt");

    private CueLexicon() {
    }

    /** The prepositions whose object is the statement: "دعا إلى"، "حث على"، "أعرب عن"، "رحب بـ". */
    public static Set<String> governed(Cue cue) {
        return cue.verb().prepositions();
    }

    /**
     * The cue a token expresses, trying the form with and without an attached و/ف; null if none. Verbal nouns and
     * lemmas that state only through a preposition ("رحب بـ") need their context: see {@link #cueAt}.
     */
    public static Cue cue(Token t) {
        Cue c = anyCue(t);
        return c == null || c.role() == ReportingForms.Role.VERBAL_NOUN || c.verb().prepositionOnly() ? null : c;
    }

    /** The cue at token k, a lemma that states through a preposition only when that preposition follows. */
    public static Cue cueAt(List<Token> tokens, int k, int end) {
        Cue c = anyCue(tokens.get(k));
        if (c == null || c.role() == ReportingForms.Role.VERBAL_NOUN) {
            return null;
        }
        if (!c.verb().prepositionOnly()) {
            return c;
        }
        for (int i = k + 1; i < Math.min(end, k + 8); i++) {
            if (governs(c, tokens.get(i))) {
                return c;
            }
            if (tokens.get(i).isComma()) {
                int close = i + 1; // "وعبر الوزير، خلال لقائه ...، عن": the preposition after an aside
                while (close < Math.min(end, i + 20) && !tokens.get(close).isComma()) {
                    close++;
                }
                return close + 1 < end && tokens.get(close).isComma() && governs(c, tokens.get(close + 1)) ? c : null;
            }
        }
        return null;
    }

    /** The reporting verb whose verbal noun the token is ("تحذير"، "التأكيد"، "بالقول"), or null. */
    public static Cue verbalNoun(Token t) {
        Cue c = anyCue(t);
        return c != null && c.role() == ReportingForms.Role.VERBAL_NOUN ? c : null;
    }

    /** Whether the token is (or starts with) a preposition the cue governs: "إلى"، "بالقرار". */
    public static boolean governs(Cue c, Token t) {
        if (!t.word() || t.quoted()) {
            return false;
        }
        Set<String> preps = c.verb().prepositions();
        String key = t.is("الى") ? "الي" : t.key();
        return preps.contains(key) || (preps.contains("ب") && attachedBa(t))
                || (preps.contains("ل") && attached(t, 'ل'));
    }

    /** "بوحشية"، "بالسيادة": a word carrying the preposition بـ, not a word of its own that starts with ب. */
    public static boolean attachedBa(Token t) {
        return attached(t, 'ب');
    }

    /** A word carrying the preposition بـ or لـ ("لمجلس الأمن"), not a word of its own that starts with that letter. */
    public static boolean attached(Token t, char preposition) {
        String k = t.key();
        return k.length() >= 3 && k.charAt(0) == preposition && !NameLexicon.STOP.contains(k)
                && !NameLexicon.COMMON_NOUNS.contains(k) && !NON_BA.contains(k);
    }

    private static final Set<String> NON_BA = LexiconFile.withFlag("function-words.tsv", "ba-word");

    private static Cue anyCue(Token t) {
        if (!t.word()) {
            return null;
        }
        Cue c = FORMS.get(t.key());
        return c != null ? c : FORMS.get(t.bare());
    }

    public static boolean isCueForm(String key) {
        return FORMS.containsKey(key);
    }

    public static boolean isComplementizer(Token t) {
        return t.word() && (BARE_COMPLEMENTIZERS.contains(t.key()) || PRONOUN_COMPLEMENTIZERS.contains(t.key()));
    }

    public static boolean carriesPronoun(Token t) {
        return PRONOUN_COMPLEMENTIZERS.contains(t.key());
    }
}
