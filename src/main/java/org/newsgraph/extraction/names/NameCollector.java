package org.newsgraph.extraction.names;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.newsgraph.extraction.clean.NoiseCleaner;
import org.newsgraph.extraction.document.Annotation;
import org.newsgraph.extraction.document.Document;
import org.newsgraph.extraction.lexicon.Affixes;
import org.newsgraph.extraction.lexicon.CueLexicon;
import org.newsgraph.extraction.lexicon.EventLexicon;
import org.newsgraph.extraction.lexicon.NameLexicon;
import org.newsgraph.extraction.lexicon.ReportingForms;
import org.newsgraph.extraction.tokens.Sentence;
import org.newsgraph.extraction.tokens.SentenceSplitter;
import org.newsgraph.extraction.tokens.Token;
import org.newsgraph.extraction.tokens.Tokenizer;
import org.newsgraph.kinds.PersonKind;
import org.newsgraph.text.ArabicNormalizer;

/**
 * Learns the article's named people before speakers are resolved, so that a title or surname met early
 * ("الرئيس الروسي" before "الرئيس الروسي فلاديمير بوتين") finds its person: titled names, appositions and the
 * subjects of reporting and meeting verbs. Then lists every naming per sentence for participants and links.
 *
 * <p>{@link #learn}: reads the cleaned text, {@link Tokenizer#TOKENS} and {@link SentenceSplitter#SENTENCES}; adds
 * {@link #REGISTRY} and {@link #PARSER}. {@link #collectMentions}, once speakers are resolved: adds {@link #PEOPLE}.
 */
public final class NameCollector {

    /** The article's people, institutions and sources, each with a ref local to the article. */
    public static final Annotation<PersonRegistry> REGISTRY = Annotation.named("person registry");
    /** Reads the naming at a token, knowing the names the article has used. */
    public static final Annotation<NounPhraseParser> PARSER = Annotation.named("noun phrase parser");
    /** Every naming of a person, institution or source, by sentence index. */
    public static final Annotation<Map<Integer, List<PersonMention>>> PEOPLE = Annotation.named("people by sentence");

    public void learn(Document doc) {
        List<Token> tokens = doc.get(Tokenizer.TOKENS);
        String text = doc.get(NoiseCleaner.CLEANED).text();
        PersonRegistry registry = new PersonRegistry();
        NounPhraseParser parser = new NounPhraseParser(tokens, text, registry);
        learn(tokens, doc.get(SentenceSplitter.SENTENCES), parser, registry, text);
        doc.add(REGISTRY, registry);
        doc.add(PARSER, parser);
    }

    public void collectMentions(Document doc) {
        doc.add(PEOPLE, mentions(doc.get(Tokenizer.TOKENS), doc.get(SentenceSplitter.SENTENCES), doc.get(PARSER),
                doc.get(REGISTRY), doc.get(NoiseCleaner.CLEANED).text()));
    }

    void learn(List<Token> tokens, List<Sentence> sentences, NounPhraseParser parser, PersonRegistry registry,
            String text) {
        for (Sentence s : sentences) {
            for (int i = s.from(); i < s.to(); i++) {
                Token t = tokens.get(i);
                if (t.isComma() && i + 1 < s.to() && NameLexicon.TITLE_HEADS.contains(tokens.get(i + 1).key())) {
                    apposition(tokens, s, i, parser, registry, text);
                    continue;
                }
                if (!t.word()) {
                    continue;
                }
                int pairTitleEnd = NameLexicon.DEFINITE_DUAL_TITLES.contains(t.bare()) ? i + 1 : parser.dualTitleEnd(i, s.to());
                List<NounPhrase> pair = pairTitleEnd > i ? parser.namedByPairTitle(pairTitleEnd, s.to()) : List.of();
                if (pair.isEmpty()) {
                    pair = parser.pairOfNationalities(i, s.to()); // "الرئيسان اللبناني والإيراني"
                }
                if (!pair.isEmpty()) {
                    // "بحث الرئيسان سالم حداد وفادي منصور"، "وزيرا خارجية مصر والأردن سالم حداد وفادي منصور"
                    pair.forEach(np -> registry.resolve(np, text));
                    i = pair.get(pair.size() - 1).to() - 1;
                    continue;
                }
                // "وزير" starts with و: the key itself may be the title, not only the key without a conjunction
                if ((NameLexicon.TITLE_HEADS.contains(t.key()) || NameLexicon.TITLE_HEADS.contains(t.bare())
                        || NameLexicon.TITLE_HEADS.contains(ArabicNormalizer.withoutProclitic(t.key())))
                        && !adjectiveOfEventNoun(tokens, i, s)) {
                    NounPhrase np = parser.parse(i, s.to(), false);
                    if (np != null && np.kind() == PersonKind.PERSON && np.name() != null) {
                        registry.resolve(np, text);
                        i = np.to() - 1;
                    }
                } else if (NameLexicon.HONORIFICS.contains(t.bare())) {
                    // "بين د. سالم حداد وزير الخارجية، والسيد فادي منصور وزير الخارجية الأردني": a name after an
                    // honorific with its office after it holds that office, wherever it stands, so that a bare
                    // "وزير الخارجية" later finds him
                    NounPhrase np = parser.parse(i, s.to(), false);
                    if (np != null && np.kind() == PersonKind.PERSON && np.name() != null && np.title() != null) {
                        registry.resolve(np, text);
                        i = np.to() - 1;
                    }
                } else if ((CueLexicon.cue(t) != null || EventLexicon.MEETING_VERBS.contains(t.bare()))
                        && !afterItsSubject(tokens, i, s) && !governedObjectFollows(tokens, i, s)) {
                    NounPhrase np = parser.parse(i + 1, s.to(), true);
                    if (np != null && adjectiveOfNounBefore(np, tokens, i + 1, s)) {
                        continue; // "وختم تصريحه الصحفي المقتضب": the statement's adjectives, nobody who speaks
                    }
                    // the host of a meeting named by his office alone ("استقبل رئيس المجلس الرئاسي، اليوم، الوزير")
                    // is someone too, whom a later bare "الرئيس" finds
                    boolean unnamedHost = np != null && np.name() == null && np.title() != null
                            && EventLexicon.MEETING_VERBS.contains(t.bare()) && np.to() < s.to()
                            && tokens.get(np.to()).isComma();
                    if (np != null && np.kind() == PersonKind.PERSON && (np.name() != null || unnamedHost)) {
                        registry.resolve(np, text);
                        i = np.to() - 1;
                    }
                }
            }
        }
    }

    /**
     * An imperfect verb right after a noun follows its subject, as headlines write it ("الوزير يشيد بعمق العلاقات"،
     * "الرئيس يؤكد عمق الروابط"): what comes after it is its object, no naming. After a particle ("لا يستبعد
     * الوزير") or opening the clause ("ويؤكد الوزير") the subject follows the verb.
     */
    private static boolean afterItsSubject(List<Token> tokens, int i, Sentence s) {
        String verb = tokens.get(i).bare();
        if (i == s.from() || !(verb.startsWith(Affixes.IMPERFECT_HE) || verb.startsWith(Affixes.IMPERFECT_SHE))
                || !tokens.get(i).key().equals(verb)) {
            return false;
        }
        Token before = tokens.get(i - 1);
        return before.word() && !NameLexicon.isStop(before) && !CueLexicon.isComplementizer(before)
                && CueLexicon.cue(before) == null;
    }

    /** "وأشاد بعمق العلاقات": the word after the cue carries the preposition it governs, so it opens the object. */
    private static boolean governedObjectFollows(List<Token> tokens, int i, Sentence s) {
        CueLexicon.Cue cue = CueLexicon.cue(tokens.get(i));
        if (cue == null || i + 1 >= s.to()) {
            return false;
        }
        return CueLexicon.carriesGovernedPreposition(cue, tokens.get(i + 1));
    }

    /** "أنتوني بلينكين، وزير الخارجية الأمريكي،": the name before the comma takes the title after it. */
    private static void apposition(List<Token> tokens, Sentence s, int comma, NounPhraseParser parser,
            PersonRegistry registry, String text) {
        NounPhrase after = parser.parse(comma + 1, s.to(), false);
        if (after != null && after.name() != null) {
            return; // "استقبل في السرايا، رئيس الحكومة الأسبق سعد الحريري": the title has its own holder
        }
        for (int back = 2; back >= 1; back--) {
            int p = comma - back;
            if (p < s.from()) {
                continue;
            }
            NounPhrase np = parser.parse(p, s.to(), true);
            if (np != null && np.kind() == PersonKind.PERSON && np.name() != null && np.roleFrom() >= 0
                    && np.to() > comma + 1) {
                registry.resolve(np, text);
                return;
            }
        }
    }

    /**
     * A definite title word right after a definite noun agrees with it as its adjective, and names nobody: "المؤتمر
     * الصحفي" (the press conference), "الوفد الإعلامي". A title starts a naming after a verb, a preposition or a
     * comma, or after another title ("الرئيس الوزير").
     */
    private static boolean attributeOfNounBefore(List<Token> tokens, int i, Sentence s) {
        if (i <= s.from() || !tokens.get(i).key().startsWith(Affixes.ARTICLE)) {
            return false;
        }
        Token before = tokens.get(i - 1);
        // "في مؤتمره الصحفي الأسبوعي": an event noun is definite by its possessive pronoun too
        return before.word() && (before.key().startsWith(Affixes.ARTICLE) || EventLexicon.withPossessive(before.bare(), EventLexicon.TRIGGER_STARTS))
                && !NameLexicon.TITLE_HEADS.contains(before.key())
                && CueLexicon.cue(before) == null && !EventLexicon.MEETING_VERBS.contains(before.bare());
    }

    /**
     * A definite title word of the nisba shape ("الصحفي", also "the journalist") right after an event noun ("مؤتمرها
     * الصحفي التقليدي"، "للمؤتمر الصحفي الصيفي") or a statement ("تصريحه الصحفي المقتضب") is that noun's adjective: no
     * naming starts there, whatever follows.
     */
    private static boolean adjectiveOfEventNoun(List<Token> tokens, int i, Sentence s) {
        String key = tokens.get(i).key();
        // a nisba agrees as the adjective ("الصحفي"، "الإعلامية"); "استقباله الرئيس" has the one received
        boolean nisba = key.endsWith(Affixes.NISBA) || key.endsWith(Affixes.NISBA_FEMININE);
        if (i <= s.from() || !key.startsWith(Affixes.ARTICLE) || !nisba || !tokens.get(i - 1).word()) {
            return false;
        }
        String before = tokens.get(i - 1).bare();
        String noun = before.startsWith(Affixes.PREPOSITION_LI_ON_ARTICLE) ? Affixes.articleAfterLi(before)
                : before.startsWith(Affixes.PREPOSITION_BI_ON_ARTICLE) ? before.substring(Affixes.PREPOSITION_BI.length())
                : before;
        boolean definiteEvent = noun.startsWith(Affixes.ARTICLE)
                && EventLexicon.TRIGGER_STARTS.contains(Affixes.withoutArticle(noun));
        // "تصريحه الصحفي المقتضب"، "البيان الإعلامي": a statement made definite by its pronoun or article is described
        // the same way; an indefinite one takes its author ("دعوة المالكي"، "بيان الرئيس")
        CueLexicon.Cue cue = CueLexicon.cue(tokens.get(i - 1));
        boolean statement = cue != null && cue.role() == ReportingForms.Role.REPORTED
                || noun.startsWith(Affixes.ARTICLE) && NameLexicon.STATEMENT_WORDS.contains(noun)
                || EventLexicon.withPossessive(noun, NameLexicon.STATEMENT_WORDS);
        return definiteEvent || statement || EventLexicon.withPossessive(noun, EventLexicon.TRIGGER_STARTS);
    }

    /**
     * The naming at i is an adjective of the noun before it: an unnamed title agreeing with a definite noun ("المكتب
     * الإعلامي"), or a nisba title after an event noun, named or not ("مؤتمرها الصحفي التقليدي المعروف").
     */
    public static boolean adjectiveOfNounBefore(NounPhrase np, List<Token> tokens, int i, Sentence s) {
        return np.name() == null && attributeOfNounBefore(tokens, i, s) || adjectiveOfEventNoun(tokens, i, s);
    }

    /** Every naming of a person, institution or source, per sentence index. */
    Map<Integer, List<PersonMention>> mentions(List<Token> tokens, List<Sentence> sentences, NounPhraseParser parser,
            PersonRegistry registry, String text) {
        Map<Integer, List<PersonMention>> out = new HashMap<>();
        for (Sentence s : sentences) {
            List<PersonMention> list = new ArrayList<>();
            int i = s.from();
            while (i < s.to()) {
                List<NounPhrase> pair = parser.pairOfNationalities(i, s.to());
                if (!pair.isEmpty()) {
                    for (NounPhrase one : pair) {
                        PersonRegistry.Entry e = registry.resolve(one, text);
                        if (e != null) {
                            list.add(new PersonMention(one.from(), one.to(), e.ref));
                        }
                    }
                    i = pair.get(pair.size() - 1).to();
                    continue;
                }
                NounPhrase np = parser.mayStart(tokens.get(i)) || parser.nameBeforeItsTitle(i, s.to())
                        ? parser.parse(i, s.to(), false) : null;
                if (np != null && adjectiveOfNounBefore(np, tokens, i, s)) {
                    np = null;
                }
                PersonRegistry.Entry e = np == null ? null : registry.resolve(np, text);
                if (e != null) {
                    list.add(new PersonMention(np.from(), np.to(), e.ref));
                    i = np.to();
                } else {
                    i++;
                }
            }
            out.put(s.index(), list);
        }
        return out;
    }
}
