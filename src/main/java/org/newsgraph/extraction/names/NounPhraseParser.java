package org.newsgraph.extraction.names;

import static org.newsgraph.extraction.lexicon.Affixes.ARTICLE;
import static org.newsgraph.extraction.lexicon.Affixes.CONJUNCTION_WA;
import static org.newsgraph.extraction.lexicon.Affixes.FEMININE_PLURAL;
import static org.newsgraph.extraction.lexicon.Affixes.MASCULINE_PLURAL;
import static org.newsgraph.extraction.lexicon.Affixes.MASCULINE_PLURAL_OBLIQUE;
import static org.newsgraph.extraction.lexicon.Affixes.NISBA;
import static org.newsgraph.extraction.lexicon.Affixes.NISBA_FEMININE;
import static org.newsgraph.extraction.lexicon.Affixes.PREPOSITION_BI;
import static org.newsgraph.extraction.lexicon.Affixes.PREPOSITION_LI;
import static org.newsgraph.extraction.lexicon.Affixes.PREPOSITION_LI_ON_ARTICLE;
import static org.newsgraph.extraction.lexicon.Affixes.TA_MARBUTA_KEY;
import static org.newsgraph.extraction.lexicon.Affixes.articleAfterLi;
import static org.newsgraph.extraction.lexicon.Affixes.withoutArticle;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.newsgraph.extraction.dates.DateResolver;
import org.newsgraph.extraction.lexicon.Affixes;
import org.newsgraph.extraction.lexicon.CueLexicon;
import org.newsgraph.extraction.lexicon.EventLexicon;
import org.newsgraph.extraction.lexicon.GrammarWords;
import org.newsgraph.extraction.lexicon.NameLexicon;
import org.newsgraph.extraction.tokens.Token;
import org.newsgraph.extraction.tokens.Tokens;
import org.newsgraph.kinds.PersonKind;
import org.newsgraph.text.ArabicNormalizer;
import org.newsgraph.text.LexiconFile;

/**
 * Reads the naming that starts at a token: an institution, an anonymous source, a title with or without a name,
 * a name with an apposition ("يوري أوشاكوف، مستشار بوتين،"), or a bare name. Arabic has no capitals, so a bare
 * name is only accepted where the grammar expects a subject or when the article already used it.
 */
public final class NounPhraseParser {

    static final Set<String> NAME_JOINERS = LexiconFile.withFlag("name-parts.tsv", "joiner");
    private static final Set<String> ANONYMOUS_QUALIFIERS = LexiconFile.words("anonymous-qualifiers.txt");
    private static final Set<String> ANONYMOUS_COMPLEMENTS = LexiconFile.words("anonymous-complements.txt");
    /** "أعضاء"، "ممثلو" before a body (`name-markers.tsv` members-of): its members speaking as one. */
    private static final Set<String> MEMBERS_OF = LexiconFile.words("name-markers.tsv", "members-of");
    /** "صادر" after a statement noun: its author follows, perhaps after "عن"/"من" ({@link #ISSUED_BY}). */
    private static final Set<String> ISSUED = LexiconFile.words("name-markers.tsv", "issued");
    private static final Set<String> ISSUED_BY = LexiconFile.words("name-markers.tsv", "issued-by");
    /** Ordinals written as words in a gathering's naming ("الثلاثين"، "الثامنة"، "والعشرين"، "عشرة"). */
    private static final Set<String> CHAIN_ORDINALS = LexiconFile.words("name-markers.tsv", "chain-ordinal");
    /** Adjectives of a session or gathering ("العادية"، "الاستثنائية"، "الطارئة"). */
    private static final Set<String> SESSION_ADJECTIVES = LexiconFile.words("name-markers.tsv", "session-adjective");
    /** "في"، "ب"، "من" before the body an unnamed source works in ("مصدر مسؤول في وزارة الداخلية"). */
    private static final Set<String> WORKPLACE_PREPOSITIONS = LexiconFile.words("name-markers.tsv", "workplace");
    /** Groups an unnamed source belongs to that are no institution ("مصدر في الوفد"، "عضو بالبعثة"). */
    private static final Set<String> SOURCE_GROUPS = LexiconFile.words("name-markers.tsv", "source-group");
    /** Endings of a nationality adjective without the article: plural, feminine and masculine ("أوكرانيون"، "أمريكي"). */
    private static final List<String> NISBA_ENDINGS = List.of(NISBA + MASCULINE_PLURAL, NISBA + MASCULINE_PLURAL_OBLIQUE,
            NISBA_FEMININE, NISBA);
    /**
     * The kind of unnamed source a head names ("official" for مسؤول، "source" for مصدر, in every form of
     * `anonymous-sources.tsv`), by {@link #anonymousKindKey}; any other head is a kind of its own.
     */
    private static final Map<String, String> ANONYMOUS_KINDS = new java.util.HashMap<>();
    /** The nation of the officials of an institution ("البيت الأبيض": American), by canonical name. */
    private static final Map<String, String> INSTITUTION_NATION = new java.util.HashMap<>();

    static {
        for (String kind : List.of("official", "source")) {
            for (String head : LexiconFile.withFlag("anonymous-sources.tsv", kind)) {
                ANONYMOUS_KINDS.put(anonymousKindKey(head), kind);
            }
        }
        for (String[] row : LexiconFile.rows("institutions.tsv", 4)) {
            if (!row[3].equals("-")) {
                INSTITUTION_NATION.put(ArabicNormalizer.matchKey(row[1]), NameLexicon.nationality(ArabicNormalizer.matchKey(row[3])));
            }
        }
    }

    private final List<Token> tokens;
    private final String text;
    private final Predicate<String> knownName;
    private final PersonNames names;

    NounPhraseParser(List<Token> tokens, String text, PersonRegistry registry) {
        this.tokens = tokens;
        this.text = text;
        this.knownName = registry::isKnownName;
        this.names = new PersonNames(tokens, text, registry, this);
    }

    /**
     * Two words with no article, neither a word of the lexicons nor a stop word, right before an indefinite title head
     * ("سامح شكري وزير الخارجية"): a name and its title, wherever the naming stands.
     */
    boolean nameBeforeItsTitle(int i, int limit) {
        if (i + 2 >= limit) {
            return false;
        }
        Token title = tokens.get(i + 2);
        if (!title.word() || title.key().startsWith(ARTICLE) || !NameLexicon.TITLE_HEADS.contains(title.key())) {
            return false; // the cheap test first: this runs at every word of the article
        }
        for (int k = i; k < i + 2; k++) {
            Token w = tokens.get(k);
            if (!w.word() || !w.key().equals(w.bare()) || w.key().startsWith(ARTICLE) || w.key().length() < 3
                    || NameLexicon.isStop(w) || isLexiconWord(w.key()) || NameLexicon.TITLE_HEADS.contains(w.key())
                    || CueLexicon.cue(w) != null || !w.key().equals(withoutProclitics(w))
                    || EventLexicon.PLACES.containsKey(w.key()) || w.key().endsWith(Affixes.PRONOUN_HIS)) {
                // "كوالالمبور سيحضرها وزير"، "مؤتمر صحفي نظمه وزير": a place, a verb and its object (a final ه or ة
                // in the key), no name here
                return false;
            }
        }
        if (i > 0 && tokens.get(i - 1).word() && EventLexicon.TRIGGERS.containsKey(EventLexicon.stem(tokens.get(i - 1).key()))
                && tokens.get(i).key().endsWith(NISBA)) {
            return false; // "مؤتمر صحفي ...": the adjective of the event word before ("لقائه رياض ياسين وزير" is a name)
        }
        return true;
    }

    /** Whether the word, as written, is a name the article has used ("بلينكن" once "أنتوني بلينكن" was named). */
    public boolean isKnownName(Token t) {
        return t.word() && (knownName.test(t.key()) || knownName.test(t.bare()));
    }

    /** Whether a naming can start at this word outside a subject slot: a lexicon word or a known name. */
    public boolean mayStart(Token t) {
        if (!t.word()) {
            return false;
        }
        String k = t.key();
        String bare = t.bare();
        if (NameLexicon.STARTERS.contains(k) || NameLexicon.STARTERS.contains(bare) || knownName.test(k)
                || knownName.test(bare)) {
            return true;
        }
        String stripped = bare.startsWith(PREPOSITION_LI_ON_ARTICLE) ? articleAfterLi(bare) : ArabicNormalizer.withoutProclitic(bare);
        return stripped != bare && (NameLexicon.STARTERS.contains(stripped) || knownName.test(stripped));
    }

    /** How far a naming is looked through for "والأخير": longer than any title with its holder's name. */
    private static final int MAX_NAMING_WORDS = 14;

    /** The naming at token i (before limit); bare unknown names only when {@code subjectSlot}. */
    public NounPhrase parse(int i, int limit, boolean subjectSlot) {
        if (i + 2 < limit && tokens.get(i).isPunct('(')) {
            // "وأضاف (الدباغ) أن": a name in parentheses, as some outlets set names
            NounPhrase inside = parse(i + 1, limit, subjectSlot);
            return inside != null && inside.to() < limit && tokens.get(inside.to()).isPunct(')')
                    ? new NounPhrase(inside.kind(), i, inside.to() + 1, inside.name(), inside.title(), inside.key(),
                            inside.roleFrom(), inside.roleTo(), inside.refersBack())
                    : null;
        }
        if (i >= limit || !tokens.get(i).word()) {
            return null;
        }
        limit = beforeTheLatter(i, limit);
        Token t = tokens.get(i);
        if (!subjectSlot && nameBeforeItsTitle(i, limit)) {
            subjectSlot = true; // "بمشاركة سامح شكري وزير الخارجية": two words the title after them is in apposition to
        }
        String key = subjectSlot ? t.key() : withoutProclitics(t);
        if (NameLexicon.HONORIFIC_PRONOUNS.contains(t.bare())) {
            return null; // "وقال سموه": a pronoun, resolved by the speaker stage
        }
        if (GrammarWords.SAME.contains(ArabicNormalizer.withoutProclitic(t.bare())) && i + 1 < limit && tokens.get(i + 1).word()
                && tokens.get(i + 1).key().startsWith(ARTICLE)) {
            NounPhrase np = parse(i + 1, limit, true); // "وأضاف ذات المصدر": that head; "وفقا لنفس الوكالة": the one
            return np != null ? widen(np, i) : new NounPhrase(null, i, i + 2, null, null, null, -1, -1, true); // before
        }
        int honorific = honorificEnd(i, limit, key);
        if (honorific == i && courtesyBeforeDefiniteTitle(i, limit, key)) {
            honorific = i + 1; // "السيد الرئيس"، "السيد الوزير": the courtesy addresses the holder of the title after it
        }
        if (honorific > i) {
            NounPhrase np = parse(honorific, limit, true); // "معالي الوزير"، "سمو الأمير": the naming after it
            return np == null || np.kind() != PersonKind.PERSON ? null : widen(np, i);
        }
        if (NameLexicon.STATEMENT_WORDS.contains(key)) {
            return statement(i, limit);
        }
        if (NameLexicon.MEDIA_HEADS.contains(key) && markedNameAfter(i + 1, limit) > i + 1) {
            return media(i, limit); // "وكالة أنباء «فارس»": the medium's own name in marks, no body "وكالة أنباء"
        }
        if (NameLexicon.DECLARATIONS.contains(key)) {
            NounPhrase declaration = namedByCity(i, limit, false);
            if (declaration != null) {
                return declaration;
            }
        }
        if (NameLexicon.GATHERINGS.contains(key)) {
            NounPhrase gathering = gathering(i, limit, key);
            // a cue's subject, or before the cue as a headline writes it ("قمة الرياض تدعو إلى ...")
            if (gathering != null && (subjectSlot || (gathering.to() == limit && limit < tokens.size()
                    && CueLexicon.cue(tokens.get(limit)) != null && opensClause(i)))) {
                return gathering;
            }
        }
        NounPhrase inst = institution(i, limit, key);
        if (inst != null) {
            return inst;
        }
        if (MEMBERS_OF.contains(key) && i + 1 < limit) {
            NounPhrase body = institution(i + 1, limit, tokens.get(i + 1).key());
            if (body != null && body.kind() == PersonKind.INSTITUTION) {
                // "ندد أعضاء مجلس الأمن الدولي"، "وأكد أعضاء اللجنة": the body's members speak together as one
                // named after the body's own name, so "أعضاء مجلس الأمن الدولي" and "أعضاء مجلس الأمن" are one speaker
                String name = surface(i, i + 1, true) + " " + body.name();
                return new NounPhrase(PersonKind.INSTITUTION, i, body.to(), name, surface(i, body.to(), true), null,
                        -1, -1, false);
            }
        }
        if (NameLexicon.CORRESPONDENTS.contains(key)) {
            NounPhrase reporter = correspondent(i, limit);
            if (reporter != null) {
                return reporter;
            }
        }
        if (NameLexicon.MEDIA_HEADS.contains(key)) {
            return media(i, limit);
        }
        if (NameLexicon.ANONYMOUS_HEADS.contains(key)) {
            return anonymous(i, limit);
        }
        if (NameLexicon.TITLE_HEADS.contains(key)) {
            return names.titled(i, limit);
        }
        if (subjectSlot && NameLexicon.nationality(key) != null && !knownName.test(key)
                && !NameLexicon.TITLE_CONTINUATIONS.contains(key)) {
            int nameEnd = names.nameEnd(i + 1, limit, true);
            if (nameEnd > i + 1) {
                // "أعرب الإيطالي روبرتو مانشيني المدير الفني ..."، "أبدى التشيكي فلان": the nationality before a
                // foreign name, as sports and wire pages write it, is no part of the name
                return widen(names.withApposition(i + 1, nameEnd, limit, null), i);
            }
        }
        int end = names.nameEnd(i, limit, subjectSlot);
        if (end > i) {
            return names.withApposition(i, end, limit, null);
        }
        return null;
    }

    /**
     * The end of a dual title opening at i, its head and complement: the office ("وزيرا الخارجية"، "وزيرا خارجية")
     * and the states, nationalities or pair word after it, each perhaps joined by و ("وزيرا خارجية مصر والأردن"،
     * "وزيري الخارجية المصري والأردني"، "رئيسا البلدين"); i when none opens there ("وقال رئيسي إن" names one man).
     */
    public int dualTitleEnd(int i, int limit) {
        if (i + 1 >= limit || !tokens.get(i).word() || !NameLexicon.DUAL_TITLE_HEADS.contains(tokens.get(i).key())
                || !opensComplement(tokens.get(i + 1))) {
            return i;
        }
        int end = i + 2;
        while (end < limit && tokens.get(end).word() && namesParty(tokens.get(end).key())) {
            end++;
        }
        return end;
    }

    /**
     * The two or more people a dual or plural title names right after it ("الوزيران سالم حداد وفادي منصور"، "وزيرا
     * الخارجية المصري سالم حداد والأردني فادي منصور"): each name perhaps after its nationality, the later ones joined
     * by و. Empty unless at least two people are named, so that "الرئيسان" alone stays a pair that speaks as one.
     */
    public List<NounPhrase> namedByPairTitle(int at, int limit) {
        List<NounPhrase> all = new java.util.ArrayList<>();
        NounPhrase first = singlePerson(nationalityPassed(at, limit), limit);
        while (first != null) {
            all.add(first);
            int next = first.to() < limit && tokens.get(first.to()).isComma() ? first.to() + 1 : first.to();
            if (next >= limit || !tokens.get(next).word() || !tokens.get(next).key().startsWith(CONJUNCTION_WA)
                    || tokens.get(next).key().length() < 3) {
                break;
            }
            // the و joining the names is required here, so the first letter is the conjunction even of a name
            // that itself starts with و ("ووليد"); a nationality before the second name carries it ("والأردني")
            int name = nationalityPassed(next, limit);
            first = singlePerson(name, limit);
            if (first != null && name == next && first.name().startsWith(CONJUNCTION_WA)) {
                first = new NounPhrase(first.kind(), first.from(), first.to(), first.name().substring(1), first.title(),
                        first.key(), first.roleFrom(), first.roleTo(), false);
            }
        }
        return all.size() < 2 ? List.of() : all;
    }

    /**
     * "الرئيسان اللبناني والإيراني"، "الوزيرين المصري والأردني": a definite dual title with one nationality for each
     * holder names two (or more) people, each by the singular title and his nationality ("الرئيس اللبناني"), whom the
     * article may name later. Empty unless two nationalities follow.
     */
    public List<NounPhrase> pairOfNationalities(int i, int limit) {
        if (i >= limit || !tokens.get(i).word()) {
            return List.of();
        }
        boolean definite = NameLexicon.singularOfDual(tokens.get(i).bare()) != null;
        boolean construct = !definite && NameLexicon.DUAL_TITLE_HEADS.contains(tokens.get(i).key());
        if (!definite && !construct) {
            return List.of();
        }
        // the singular as written: the dual ending off ("الرئيسان" → "الرئيس"، "وزيرا" → "وزير")، the ت of a feminine
        // back to ة
        String dual = tokens.get(i).text();
        String singular = dual.substring(0, dual.length() - (definite ? 2 : 1));
        if (singular.endsWith(Affixes.OPEN_TA)) {
            singular = singular.substring(0, singular.length() - 1) + Affixes.TA_MARBUTA;
        }
        int first = i + 1;
        if (construct) {
            // "وزيرا الخارجية الأردني والمغربي": the office the two hold comes before their nationalities
            while (first < limit && tokens.get(first).word() && tokens.get(first).key().startsWith(ARTICLE)
                    && !NameLexicon.isStateNationality(tokens.get(first).key()) && first < i + 3) {
                singular += " " + tokens.get(first).text();
                first++;
            }
            if (first == i + 1) {
                return List.of();
            }
        } else {
            singular = ArabicNormalizer.withoutProclitic(singular);
        }
        List<NounPhrase> out = new java.util.ArrayList<>();
        for (int j = first; j < limit && tokens.get(j).word(); j++) {
            String k = tokens.get(j).key();
            String text = tokens.get(j).text();
            if (!out.isEmpty()) {
                if (!k.startsWith(CONJUNCTION_WA)) {
                    break;
                }
                k = k.substring(1);
                text = text.substring(1);
            }
            if (!k.startsWith(ARTICLE) || NameLexicon.nationality(k) == null) {
                break;
            }
            out.add(new NounPhrase(PersonKind.PERSON, i, j + 1, null, singular + " " + text, null, -1, -1, false));
        }
        return out.size() >= 2 ? out : List.of();
    }

    /** "وزير الدفاع الأردني والأخير يؤكد": a naming ends before "والأخير", which refers back to it. */
    private int beforeTheLatter(int i, int limit) {
        for (int j = i + 1; j < Math.min(limit, i + MAX_NAMING_WORDS); j++) {
            String k = tokens.get(j).key();
            if (k.startsWith(CONJUNCTION_WA) && NameLexicon.LATTER.contains(k.substring(1))) {
                return j;
            }
        }
        return limit;
    }

    /** Past a nationality adjective at i, with or without its و ("المصري"، "والأردني"). */
    private int nationalityPassed(int i, int limit) {
        return i + 1 < limit && tokens.get(i).word() && NameLexicon.isStateNationality(tokens.get(i).bare()) ? i + 1 : i;
    }

    private NounPhrase singlePerson(int i, int limit) {
        NounPhrase np = i < limit && tokens.get(i).word() ? parse(i, limit, true) : null;
        return np != null && np.kind() == PersonKind.PERSON && np.name() != null && !np.refersBack() && np.from() == i
                ? np : null;
    }

    private static boolean opensComplement(Token t) {
        return t.word() && !CueLexicon.isComplementizer(t) && CueLexicon.cue(t) == null
                && !GrammarWords.PREPOSITIONS.contains(t.key()) && !GrammarWords.ADVERBIALS.contains(t.key());
    }

    /** A state, its nationality or a pair word ("البلدين"), with or without و: one of the parties of a dual title. */
    private static boolean namesParty(String key) {
        String k = key.startsWith(CONJUNCTION_WA) && key.length() > 3 ? key.substring(1) : key;
        String state = NameLexicon.INSTITUTIONS.get(k);
        return NameLexicon.isStateNationality(k) || (state != null && NameLexicon.isState(state))
                || GrammarWords.COLLECTIVE_SPEAKERS.contains(k);
    }

    /**
     * "بيان للبيت الأبيض"، "بيان صادر عن مكتب ..."، or "البيان" (and "بيان" with no author after it) speaking for
     * whoever issued it.
     */
    private NounPhrase statement(int i, int limit) {
        int j = i + 1;
        if (j < limit && ISSUED.contains(tokens.get(j).key())) {
            j += (j + 1 < limit && ISSUED_BY.contains(tokens.get(j + 1).key())) ? 2 : 1;
            NounPhrase author = parse(j, limit, true);
            return author == null ? null : widen(author, i);
        }
        NounPhrase byCity = tokens.get(i).key().startsWith(ARTICLE) ? null : namedByCity(i, limit, true);
        if (byCity != null) {
            return byCity; // "بيان القاهرة الختامي"
        }
        if (j < limit && tokens.get(j).word()) {
            String k = tokens.get(j).key();
            // "بيان للبيت الأبيض": read لل as the article ال; "بيان لنقابة": the ل of the author
            boolean ofHead = k.startsWith(PREPOSITION_LI) && NameLexicon.INSTITUTION_HEADS.contains(k.substring(1));
            String authorKey = k.startsWith(PREPOSITION_LI_ON_ARTICLE) ? articleAfterLi(k) : ofHead ? k.substring(1) : k;
            NounPhrase author = institution(j, limit, authorKey);
            if (author != null) {
                return widen(author, i);
            }
        }
        if (tokens.get(i).key().startsWith(ARTICLE)) {
            int end = i + 1;
            boolean ofKind = false;
            while (end < limit && tokens.get(end).word() && (NameLexicon.nationality(tokens.get(end).key()) != null
                    || NameLexicon.STATEMENT_KINDS.contains(tokens.get(end).key()))) {
                ofKind |= NameLexicon.STATEMENT_KINDS.contains(tokens.get(end).key());
                end++;
            }
            int to = gatheringChainEnd(end, limit);
            if (to > end) {
                // "البيان الختامي للدورة الثلاثين العادية للقمة العربية": the statement of a meeting speaks for the
                // meeting, named by the whole chain
                String name = surface(i, to, true);
                return new NounPhrase(PersonKind.INSTITUTION, i, to, name, name, null, -1, -1, false);
            }
            if (ofKind) {
                // "وأكد البيان الختامي أيضا": the gathering's statement named before (key: the head), else one of its own
                String name = surface(i, end, true);
                return new NounPhrase(PersonKind.INSTITUTION, i, end, name, name, withoutArticle(tokens.get(i).key()), -1,
                        -1, false);
            }
            return new NounPhrase(null, i, end, null, null, null, -1, -1, true);
        }
        boolean authorless = j >= limit || !tokens.get(j).word() || CueLexicon.isComplementizer(tokens.get(j));
        return authorless ? new NounPhrase(null, i, j, null, null, null, -1, -1, true) : null; // "وجاء في بيان: ..."
    }

    /**
     * End of a gathering's genitive chain opening with ل at {@code at} ("للدورة الثلاثين العادية للقمة العربية"،
     * "لاجتماع وزراء الخارجية العرب"، "للمجلس الأعلى لمجلس التعاون الخليجي"), or {@code at} when none opens there.
     * After a definite word it runs over ordinals written as words, "الـ40", session adjectives, nationalities and
     * another ل-genitive; an indefinite word takes the genitive after it. It stops at anything else: a date, "في",
     * a complementizer, a verb.
     */
    private int gatheringChainEnd(int at, int limit) {
        if (at >= limit || !tokens.get(at).word() || !tokens.get(at).key().startsWith(PREPOSITION_LI)) {
            return at;
        }
        String first = tokens.get(at).key();
        boolean definite = first.startsWith(PREPOSITION_LI_ON_ARTICLE);
        if (!definite && !gatheringOrBody(first.substring(1))) {
            return at; // "البيان الختامي لكل ...": no gathering
        }
        int end = at + 1;
        boolean construct = !definite;
        while (end < limit && tokens.get(end).word()) {
            String k = tokens.get(end).key();
            if (construct) {
                // "لاجتماع وزراء الخارجية"، "لمجلس التعاون": the genitive of an indefinite word, to its first definite one
                if (!opensGenitive(tokens.get(end)) || !(k.startsWith(ARTICLE) || NameLexicon.TITLE_HEADS.contains(k)
                        || NameLexicon.INSTITUTION_HEADS.contains(k) || EventLexicon.GATHERING_HOLDERS.containsKey(k))) {
                    break; // "لاجتماع عقده الوزراء": a verb, no genitive
                }
                construct = !k.startsWith(ARTICLE);
                end++;
            } else if (CHAIN_ORDINALS.contains(k) || SESSION_ADJECTIVES.contains(k) || NameLexicon.nationality(k) != null) {
                end++;
            } else if (k.equals(ARTICLE) && end + 1 < limit && tokens.get(end + 1).isNumber()) {
                end += 2; // "للقمة الـ40"
            } else if (k.startsWith(PREPOSITION_LI_ON_ARTICLE) && gatheringOrBody(articleAfterLi(k))) {
                end++; // a second genitive: "للدورة الثلاثين للقمة العربية"
            } else if (k.startsWith(PREPOSITION_LI) && !k.startsWith(PREPOSITION_LI_ON_ARTICLE)
                    && gatheringOrBody(k.substring(1))) {
                end++; // "للمجلس الأعلى لمجلس التعاون"
                construct = true;
            } else {
                break;
            }
        }
        return construct ? at : end;
    }

    /**
     * Whether a clause opens at i: the first word of the article or of its line, or a word after punctuation or a
     * complementizer ("المشاركون في المؤتمر يؤكدون": no clause opens at the gathering).
     */
    private boolean opensClause(int i) {
        if (i == 0) {
            return true;
        }
        Token before = tokens.get(i - 1);
        return !before.word() || before.paragraph() != tokens.get(i).paragraph() || CueLexicon.isComplementizer(before);
    }

    /** A gathering, session or body head, with or without the article: what a chain's ل-genitive may name. */
    private static boolean gatheringOrBody(String k) {
        String bare = withoutArticle(k);
        return NameLexicon.GATHERINGS.contains(k) || NameLexicon.GATHERINGS.contains(bare) || NameLexicon.INSTITUTION_HEADS.contains(k)
                || NameLexicon.INSTITUTION_HEADS.contains(bare) || NameLexicon.INSTITUTIONS.containsKey(k)
                || EventLexicon.TRIGGERS.containsKey(k) || EventLexicon.TRIGGERS.containsKey(bare);
    }

    /** A word that may be the genitive of an indefinite head: no particle, cue, complementizer, date or stop word. */
    private static boolean opensGenitive(Token t) {
        return opensComplement(t) && !NameLexicon.STOP.contains(t.key()) && !DateResolver.isDateWord(t.key());
    }

    /**
     * A gathering at i ("القمة العربية الطارئة"، "قمة الرياض"، "المؤتمر"، "الاجتماع الوزاري لمجلس التعاون"): it speaks
     * as a body named by the phrase, not as the state it is held in; a bare definite head (key: the head) is the
     * gathering of that head named last, else one of its own. An indefinite head needs the word after it.
     */
    private NounPhrase gathering(int i, int limit, String key) {
        int end = i + 1;
        boolean definite = key.startsWith(ARTICLE);
        if (end < limit && tokens.get(end).word() && EventLexicon.TRIGGERS.containsKey(withoutArticle(key) + " "
                + withoutArticle(tokens.get(end).key()))) {
            return null; // "المؤتمر الصحفي": an event of another kind, no body
        }
        if (!definite) {
            String k = end < limit && tokens.get(end).word() ? tokens.get(end).key() : "";
            if (!EventLexicon.PLACES.containsKey(k) && !(k.startsWith(ARTICLE) && opensGenitive(tokens.get(end)))) {
                return null; // "قمة عقدت": no naming
            }
            end++; // "قمة الرياض"، "قمة العشرين"
        }
        while (end < limit && tokens.get(end).word()) {
            String k = tokens.get(end).key();
            if (CHAIN_ORDINALS.contains(k) || SESSION_ADJECTIVES.contains(k) || NameLexicon.nationality(k) != null) {
                end++;
            } else if (k.equals(ARTICLE) && end + 1 < limit && tokens.get(end + 1).isNumber()) {
                end += 2;
            } else {
                break;
            }
        }
        end = gatheringChainEnd(end, limit);
        String name = surface(i, end, true);
        String head = definite && end == i + 1 ? withoutArticle(key) : null;
        return new NounPhrase(PersonKind.INSTITUTION, i, end, name, name, head, -1, -1, false);
    }

    /**
     * A document named by its city ("إعلان الرياض"، "بيان القاهرة الختامي"), perhaps with a statement's kind or a
     * nationality after it: a body of its own, not the state of that capital. {@code needsKind}: only with a
     * statement-kind adjective after the city ("بيان القاهرة" alone may be Cairo's).
     */
    private NounPhrase namedByCity(int i, int limit, boolean needsKind) {
        int end = i + 1;
        if (end >= limit || !tokens.get(end).word() || !EventLexicon.PLACES.containsKey(tokens.get(end).key())) {
            return null;
        }
        end++;
        boolean ofKind = false;
        while (end < limit && tokens.get(end).word() && (NameLexicon.STATEMENT_KINDS.contains(tokens.get(end).key())
                || NameLexicon.nationality(tokens.get(end).key()) != null)) {
            ofKind |= NameLexicon.STATEMENT_KINDS.contains(tokens.get(end).key());
            end++;
        }
        if (needsKind && !ofKind) {
            return null;
        }
        String name = surface(i, end, true);
        return new NounPhrase(PersonKind.INSTITUTION, i, end, name, name, null, -1, -1, false);
    }

    /** A courtesy title that is no leader's ("السيد"، "الشيخ") right before a definite title head ("الرئيس"). */
    private boolean courtesyBeforeDefiniteTitle(int i, int limit, String key) {
        if (!NameLexicon.COURTESY_TITLES.contains(key) || NameLexicon.LEADER_HEADS.contains(key) || i + 1 >= limit
                || !tokens.get(i + 1).word()) {
            return false;
        }
        String next = tokens.get(i + 1).key();
        return next.startsWith(ARTICLE) && NameLexicon.TITLE_HEADS.contains(next);
    }

    /** End of the longest honorific ("معالي"، "صاحب السمو الملكي") starting at i, or i when there is none. */
    private int honorificEnd(int i, int limit, String firstKey) {
        StringBuilder phrase = new StringBuilder(firstKey);
        int end = NameLexicon.HONORIFICS.contains(firstKey) ? i + 1 : i;
        for (int j = i + 1; j < limit && j < i + 4 && tokens.get(j).word(); j++) {
            phrase.append(' ').append(tokens.get(j).key());
            if (NameLexicon.HONORIFICS.contains(phrase.toString())) {
                end = j + 1;
            }
        }
        return end;
    }

    private NounPhrase widen(NounPhrase np, int from) {
        return new NounPhrase(np.kind(), from, np.to(), np.name(), np.title(), np.key(), np.roleFrom(), np.roleTo(),
                np.refersBack());
    }

    /**
     * "صحيفة «الحياة»"، "وكالة الأنباء الرسمية"، "قناة الجزيرة": a medium speaks as an institution. Its own name in
     * marks may follow a word of its kind ("وكالة أنباء «فارس»"), and a nationality or a media adjective after the
     * marks closes the naming ("صحيفة «الغد» الأردنية"، "وكالة «سبأ» الرسمية").
     */
    private NounPhrase media(int i, int limit) {
        int end = i + 1;
        int open = markedNameAfter(i + 1, limit);
        if (open >= 0) {
            int close = Tokens.closing(tokens, open, limit);
            if (close < 0 || close - open > 5) {
                return null;
            }
            end = close + 1;
            while (end < limit && end < close + 3 && tokens.get(end).word() && isMediaAdjective(tokens.get(end).key())) {
                end++;
            }
        } else {
            while (end < limit && end < i + 4 && tokens.get(end).word() && !NameLexicon.STOP.contains(tokens.get(end).key())
                    && !CueLexicon.isComplementizer(tokens.get(end)) && CueLexicon.cue(tokens.get(end)) == null) {
                end++;
            }
        }
        if (end == i + 1) {
            return null;
        }
        String name = text.substring(tokens.get(i).start(), tokens.get(end - 1).end());
        return new NounPhrase(PersonKind.INSTITUTION, i, end, name, name, null, -1, -1, false);
    }

    /**
     * The opening mark of a medium's own name at j, or after one indefinite word of its kind ("أنباء" of "وكالة أنباء
     * «فارس»"); -1 when none opens there.
     */
    private int markedNameAfter(int j, int limit) {
        if (j < limit && tokens.get(j).mark() > 0) {
            return j;
        }
        if (j + 1 < limit && tokens.get(j).word() && tokens.get(j + 1).mark() > 0 && !tokens.get(j).key().startsWith(ARTICLE)
                && !NameLexicon.STOP.contains(tokens.get(j).key()) && !CueLexicon.isComplementizer(tokens.get(j))
                && CueLexicon.cue(tokens.get(j)) == null && !GrammarWords.PREPOSITIONS.contains(tokens.get(j).key())) {
            return j + 1;
        }
        return -1;
    }

    private static boolean isMediaAdjective(String k) {
        return NameLexicon.MEDIA_ADJECTIVES.contains(k) || (k.startsWith(ARTICLE) && NameLexicon.nationality(k) != null);
    }

    /**
     * "مراسل الجزيرة"، "موفد «النهار» إلى جنيف"، "مراسلة قناة الغد في القاهرة"، "مراسل kataeb.org": an outlet's own
     * correspondent, unnamed, known by the outlet (and the place he reports from, a place the lexicon knows, is part of
     * the naming's span, not of its name). A name after the outlet makes it the named correspondent's title; null when
     * no outlet follows.
     */
    private NounPhrase correspondent(int i, int limit) {
        int j = i + 1;
        if (j >= limit) {
            return null;
        }
        Token next = tokens.get(j);
        int outletEnd;
        if (next.mark() > 0) {
            int close = Tokens.closing(tokens, j, limit);
            outletEnd = close < 0 || close - j > 5 ? -1 : close + 1;
        } else if (next.word() && NameLexicon.MEDIA_HEADS.contains(next.key())) {
            NounPhrase medium = media(j, limit);
            outletEnd = medium == null ? -1 : medium.to();
        } else if (next.word() && !NameLexicon.STOP.contains(next.key()) && !CueLexicon.isComplementizer(next)
                && CueLexicon.cue(next) == null && !GrammarWords.PREPOSITIONS.contains(next.key())
                && (next.key().startsWith(ARTICLE) || isLatinWord(next))) {
            outletEnd = j + 1;
            while (outletEnd + 1 < limit && tokens.get(outletEnd).isPunct('.') && isLatinWord(tokens.get(outletEnd + 1))
                    && tokens.get(outletEnd).start() == tokens.get(outletEnd - 1).end()) {
                outletEnd += 2; // "kataeb.org" written as one address
            }
            while (outletEnd < limit && outletEnd < j + 3 && tokens.get(outletEnd).word()
                    && (isMediaAdjective(tokens.get(outletEnd).key()) || OUTLET_ENDINGS.contains(tokens.get(outletEnd).key()))) {
                outletEnd++; // "المندرة نيوز"، "الجزيرة نت": the outlet's name runs on over its ending
            }
        } else {
            outletEnd = -1;
        }
        if (outletEnd < 0) {
            return null;
        }
        if (names.nameEnd(outletEnd, limit, true) > outletEnd + 1) {
            NounPhrase named = names.titled(i, limit);
            if (named.name() != null) {
                return named; // "مراسل الجزيرة سالم حداد"
            }
        }
        String name = surface(i, outletEnd, true); // "لمراسل الجزيرة" names "مراسل الجزيرة"
        int end = outletEnd;
        if (end + 1 < limit && tokens.get(end).word() && tokens.get(end + 1).word()
                && (ACCREDITED_TO.contains(tokens.get(end).key()) || POSTED_IN.contains(tokens.get(end).key()))
                && (EventLexicon.PLACES.containsKey(tokens.get(end + 1).key())
                        || NameLexicon.INSTITUTIONS.containsKey(tokens.get(end + 1).key()))) {
            end += 2; // "موفد «النهار» إلى جنيف"، "مراسلة قناة الغد في القاهرة"
        }
        String key = "correspondent:" + ArabicNormalizer.matchKey(text.substring(tokens.get(i + 1).start(),
                tokens.get(outletEnd - 1).end()).replaceAll("[«»\"“”]", ""));
        return new NounPhrase(PersonKind.ANONYMOUS, i, end, name, null, key, -1, -1, false);
    }

    private static boolean isLatinWord(Token t) {
        return !t.text().isEmpty() && Character.UnicodeScript.of(t.text().codePointAt(0)) == Character.UnicodeScript.LATIN;
    }

    /** Prepositions naming where an envoy or ambassador is posted. */
    static final Set<String> ACCREDITED_TO = LexiconFile.withFlag("function-words.tsv", "accredited-to");
    /** "في" before where a correspondent reports from. */
    private static final Set<String> POSTED_IN = LexiconFile.words("name-markers.tsv", "posted-in");
    /** Offices named after the person they serve. */
    private static final Set<String> OFFICE_HEADS = LexiconFile.words("office-heads.txt");

    /** An institution at token i, reading the first token as {@code firstKey} (its key without a proclitic). */
    NounPhrase institution(int i, int limit, String firstKey) {
        int n = 0;
        String canonical = null;
        StringBuilder phrase = new StringBuilder(firstKey);
        for (int j = i; j < limit && j < i + 4; j++) {
            if (j > i) {
                if (!tokens.get(j).word()) {
                    break;
                }
                phrase.append(' ').append(tokens.get(j).key());
            }
            String found = NameLexicon.INSTITUTIONS.get(phrase.toString());
            if (found != null) {
                canonical = found;
                n = j - i + 1;
            }
        }
        if (n == 0) {
            if (!NameLexicon.INSTITUTION_HEADS.contains(firstKey)) {
                return null;
            }
            n = 1;
        }
        int end = i + n;
        boolean markedName = false;
        if (canonical == null && !firstKey.startsWith(ARTICLE) && end + 1 < limit && tokens.get(end).mark() > 0
                && !NameLexicon.MEDIA_HEADS.contains(firstKey)) {
            int close = org.newsgraph.extraction.tokens.Tokens.closing(tokens, end, limit);
            if (close > end + 1 && close <= end + MARKED_NAME_WORDS) {
                end = close + 1; // "حركة «النهضة»"، "جماعة "الحوثي" اليمنية": the body's own name in marks
                markedName = true;
            }
        }
        if (canonical == null && !firstKey.startsWith(ARTICLE) && end < limit && tokens.get(end).word()
                && !tokens.get(end).key().startsWith(ARTICLE) && !NameLexicon.STOP.contains(tokens.get(end).key())
                && CueLexicon.cue(tokens.get(end)) == null && !CueLexicon.isComplementizer(tokens.get(end))) {
            end++; // a construct head takes one proper word: "حركة طالبان"، "مكتب رئيس الوزراء"
        }
        // complements: "وزارة الخارجية الروسية"، "مكتب العلاقات العامة للقوات المسلحة"
        boolean extendable = canonical == null || NameLexicon.INSTITUTION_HEADS.contains(tokens.get(end - 1).key());
        boolean adjectivesOfHead = end == i + 1; // only the head's own adjectives so far: "الحزب الحاكم"
        while (end < limit && end < i + 8 && tokens.get(end).word()) {
            String k = tokens.get(end).key();
            boolean adjective = NameLexicon.nationality(k) != null;
            boolean ofBody = k.startsWith(PREPOSITION_LI) && NameLexicon.INSTITUTION_HEADS.contains(k.substring(1)); // "لمنظمة"
            if (NameLexicon.STOP.contains(k)
                    || !(adjective || (extendable && (k.startsWith(ARTICLE) || k.startsWith(PREPOSITION_LI_ON_ARTICLE) || ofBody)))
                    || (adjectivesOfHead && !agreesWithHead(firstKey, k)) || humanPluralObject(tokens.get(end - 1).key(), k)) {
                break;
            }
            adjectivesOfHead &= k.startsWith(ARTICLE);
            end++;
        }
        NounPhrase holderTitle = OFFICE_HEADS.contains(firstKey) && i + 1 < limit ? names.titled(i + 1, limit) : null;
        if (holderTitle != null && holderTitle.name() == null && holderTitle.to() > end) {
            end = holderTitle.to(); // "مكتب المبعوث الأممي إلى اليمن": the office of the title's whole holder
        }
        if (OFFICE_HEADS.contains(firstKey) && names.nameEnd(end, limit, true) > end) {
            end = names.nameEnd(end, limit, true); // "مكتب رئيس الوزراء التركي أحمد داود أوغلو" is still the office
        }
        if (canonical == null && end == i + 1) {
            // a bare "الوزارة" refers back to the institution of that head named last (key: the head); a bare
            // indefinite head is too vague
            return !firstKey.startsWith(ARTICLE) ? null : new NounPhrase(PersonKind.INSTITUTION, i, end,
                    surface(i, end, true), surface(i, end, true), withoutArticle(firstKey), -1, -1, false);
        }
        boolean lam = tokens.get(i).key().startsWith(PREPOSITION_LI_ON_ARTICLE) && firstKey.startsWith(ARTICLE);
        String surface = !lam ? surface(i, end, true)
                : articleAfterLi(text.substring(tokens.get(i).start(), tokens.get(end - 1).end())); // "للبيت" names "البيت"
        // a party's name in marks is written without them ("حزب الأمة"); a medium keeps its masthead as written
        String naming = markedName ? withoutMarks(surface) : surface;
        String name = canonical == null || end > i + n ? naming : canonical;
        return new NounPhrase(PersonKind.INSTITUTION, i, afterShortParenthesis(end, limit), name, naming, null, -1, -1, false);
    }

    /**
     * End of a short parenthesis of up to three words right at {@code end} ("(بترا)"، "(م.ت.ف)"، "(الرئاسة الروسية)"),
     * or {@code end} when there is none: a body's acronym or gloss belongs to its naming, so that a statement after
     * it does not start inside the parentheses.
     */
    int afterShortParenthesis(int end, int limit) {
        if (end + 2 >= limit || !tokens.get(end).isPunct('(')) {
            return end;
        }
        for (int j = end + 1; j < limit && j <= end + 4; j++) {
            if (tokens.get(j).isPunct(')')) {
                return j > end + 1 ? j + 1 : end;
            }
            if (!tokens.get(j).word() && !tokens.get(j).isPunct('.')) {
                return end;
            }
        }
        return end;
    }

    /**
     * After a head with the article a definite adjective agrees with it: feminine after a feminine or plural head
     * ("الهيئة العامة"، "السلطات المحلية"), not feminine after a masculine one ("الحزب الحاكم"), and never the name
     * of a body. Another definite word is the verb's object ("ودعت الوزارة المواطنين"، "واتهم الحزب الحكومة").
     */
    private static boolean agreesWithHead(String head, String next) {
        if (!head.startsWith(ARTICLE) || !next.startsWith(ARTICLE) || NameLexicon.TITLE_CONTINUATIONS.contains(next)) {
            return true;
        }
        if (NameLexicon.INSTITUTION_HEADS.contains(next)) {
            return false; // "وطالبت النقابة الحكومة": a body is no adjective of another
        }
        boolean feminineHead = head.endsWith(TA_MARBUTA_KEY) || head.endsWith(FEMININE_PLURAL);
        return feminineHead == next.endsWith(TA_MARBUTA_KEY);
    }

    /**
     * A definite sound masculine plural after a definite word ("وزارة المياه المواطنين") names people, never the
     * adjective of a body: the verb's object. A nationality ("الفلسطينيين") may still qualify it.
     */
    private static boolean humanPluralObject(String before, String k) {
        return before.startsWith(ARTICLE) && k.startsWith(ARTICLE)
                && (k.endsWith(MASCULINE_PLURAL_OBLIQUE) || k.endsWith(MASCULINE_PLURAL)) && NameLexicon.nationality(k) == null;
    }

    private NounPhrase anonymous(int i, int limit) {
        int end = i + 1;
        int nameEnd = -1;
        String nation = "";
        while (end < limit && tokens.get(end).word()) {
            String k = tokens.get(end).key();
            if (k.startsWith(PREPOSITION_LI) && NameLexicon.MEDIA_HEADS.contains(k.substring(1))) {
                break; // "وقال مصدر سوداني لفضائية الشرق": the channel he spoke to, not a nisba of the source
            }
            String adj = adjective(k);
            int complementEnd = qualifierComplementEnd(end, limit);
            if (complementEnd > end) {
                // "مصدر مطلع على سير المفاوضات، أن": where the source stands, not its words, and no part of its name
                nameEnd = ANONYMOUS_QUALIFIERS.contains(k) ? end + 1 : end;
                end = complementEnd;
                break;
            } else if (adj != null) {
                nation = adj;
                end++;
            } else if (ANONYMOUS_QUALIFIERS.contains(k)) {
                end++;
            } else if (end == i + 1 && NameLexicon.INSTITUTION_HEADS.contains(k) && institution(end, limit, k) != null) {
                NounPhrase office = institution(end, limit, k); // "مسؤول مركز الإعلام الأمني": the office he runs
                nation = office.name();
                end = office.to();
            } else if ((WORKPLACE_PREPOSITIONS.contains(k) && end + 1 < limit) || attachedIn(k)) {
                // "مصدر مسؤول في وزارة الداخلية"، "مصدر أمني بوزارة الداخلية"، "مسؤول بالوزارة"
                boolean attached = attachedIn(k);
                int at = attached ? end : end + 1;
                String body = attached ? k.substring(1) : tokens.get(at).key();
                NounPhrase place = institution(at, limit, body);
                if (place == null && SOURCE_GROUPS.contains(body)) {
                    end = at + 1; // "مصدر مطلع بالوفد"، "مصدر في الوفد الفلسطيني": the group he is in
                    continue;
                }
                if (place == null) {
                    break;
                }
                nation = INSTITUTION_NATION.getOrDefault(ArabicNormalizer.matchKey(place.name()), place.name());
                end = place.to();
                while (end < limit && tokens.get(end).word() && tokens.get(end).key().startsWith(CONJUNCTION_WA)) {
                    NounPhrase more = institution(end, limit, tokens.get(end).key().substring(1));
                    if (more == null) {
                        break;
                    }
                    end = more.to(); // "مسؤولون في الولايات المتحدة وجنوب شرق آسيا": one group
                }
            } else {
                break;
            }
        }
        int clause = nameEnd < 0 ? sourceClauseEnd(i, end, limit) : end;
        if (clause > end) {
            nameEnd = end; // "وقالت مصادر مطلعة تحدثت للصحيفة إن"، "حسب مسؤول طلب عدم ذكر اسمه، فإن": who the source is
            end = clause;
        }
        String head = anonymousKindKey(tokens.get(i).key());
        String kind = ANONYMOUS_KINDS.getOrDefault(head, head);
        String key = kind + ":" + nation;
        return new NounPhrase(PersonKind.ANONYMOUS, i, end, surface(i, nameEnd > 0 ? nameEnd : end, true), null, key, -1,
                -1, false);
    }

    /** A body's naming without the quotation marks around its own name: "حركة "النهضة" التونسية" is حركة النهضة التونسية. */
    private static String withoutMarks(String surface) {
        StringBuilder out = new StringBuilder(surface.length());
        for (int k = 0; k < surface.length(); k++) {
            char c = surface.charAt(k);
            if (QUOTATION_MARKS.indexOf(c) < 0) {
                out.append(c);
            }
        }
        return out.toString().replaceAll("\\s+", " ").trim();
    }

    private static final String QUOTATION_MARKS = "«»“”‹›„\"";

    /** Words of a body's name written in quotation marks after its head ("حزب «الأمة القومي»"). */
    private static final int MARKED_NAME_WORDS = 5;

    /** Tokens a clause describing an unnamed source may run over ("طلبت عدم الكشف عن هويتها لأنها غير مخولة"). */
    private static final int SOURCE_CLAUSE = 10;

    /**
     * An unnamed source named after a cue or "حسب" may be described by a clause with no relative pronoun, opening
     * with a verb of `name-markers.tsv` source-clause ("تحدثت لـ«الشروق»"، "طلب عدم ذكر اسمه"، "فضلت عدم الكشف عن
     * هويتها"): when a comma or a complementizer closes it, before any quotation, it is part of the naming. Its end, or
     * {@code end}.
     */
    private int sourceClauseEnd(int i, int end, int limit) {
        Token before = i > 0 ? tokens.get(i - 1) : null;
        boolean afterCue = before != null && before.word() && (CueLexicon.cue(before) != null
                || CueLexicon.ACCORDING_TO.contains(before.key()) || CueLexicon.ACCORDING_TO.contains(before.bare()));
        if (!afterCue || end + 1 >= limit || !tokens.get(end).word() || !SOURCE_CLAUSE_VERBS.contains(tokens.get(end).key())) {
            return end;
        }
        for (int j = end + 1; j < Math.min(limit, end + SOURCE_CLAUSE); j++) {
            Token t = tokens.get(j);
            if (t.isComma() || (t.word() && CueLexicon.isComplementizer(t))) {
                return j;
            }
            if (t.mark() > 0) {
                int close = org.newsgraph.extraction.tokens.Tokens.closing(tokens, j, limit);
                if (close < 0 || close > j + 4) {
                    return end; // a quotation: the source's words, not who it is
                }
                j = close; // "تحدثت لـ«الشروق»": the medium's name in marks
            }
        }
        return end;
    }

    private static final Set<String> SOURCE_CLAUSE_VERBS = LexiconFile.words("name-markers.tsv", "source-clause");
    /** "نيوز"، "نت"، "بوست": words that end an outlet's name ("المندرة نيوز"، "الجزيرة نت"). */
    private static final Set<String> OUTLET_ENDINGS = LexiconFile.words("name-markers.tsv", "outlet-ending");

    /**
     * After a qualifier taking a complement (`anonymous-complements.txt`: "مطلع على"، "مقربة من"، "على صلة") at token
     * i, the end of its complement: the next comma, colon, complementizer or addressee with ل ("لصحيفة"), within
     * twelve tokens, passing over quotation marks around a body's name; i when there is no such qualifier or no such
     * end, as the qualifier may be the cue's own preposition ("أكد مصدر مطلع على ضرورة ..." reads "على" as أكد's).
     */
    private int qualifierComplementEnd(int i, int limit) {
        int words = 0;
        String phrase = tokens.get(i).key();
        for (int j = i + 1; j < limit && j < i + 3 && tokens.get(j).word() && words == 0; j++) {
            phrase += " " + tokens.get(j).key();
            words = ANONYMOUS_COMPLEMENTS.contains(phrase) ? j + 1 - i : 0;
        }
        if (words == 0) {
            return i;
        }
        for (int j = i + words; j < limit && j <= i + words + 12; j++) {
            Token t = tokens.get(j);
            if (!t.word() && !t.isComma() && !t.isPunct(':')) {
                continue; // "مطلع على المفاوضات بين المجلس و"قوى التغيير"، أن": a body's name in marks
            }
            if (!t.word() || CueLexicon.isComplementizer(t) || (t.key().startsWith(PREPOSITION_LI) && !t.key().startsWith(ARTICLE)
                    && j > i + words)) {
                return j > i + words ? j : i;
            }
        }
        return i;
    }

    /** A head's skeleton without the article: "المسؤولون" and "مسئولين" are one. */
    private static String anonymousKindKey(String key) {
        return withoutArticle(ArabicNormalizer.skeleton(key));
    }

    /** "بوزارة"، "بالوزارة": an institution head with ب attached, where an unnamed source works. */
    private static boolean attachedIn(String k) {
        return k.startsWith(PREPOSITION_BI) && (NameLexicon.INSTITUTION_HEADS.contains(k.substring(1))
                || SOURCE_GROUPS.contains(k.substring(1)));
    }

    /** Nationality of an adjective, definite or not (أمريكي، الأميركية، أوكرانيون); null if it is none. */
    private static String adjective(String k) {
        String nat = NameLexicon.nationality(k);
        if (nat != null) {
            return nat;
        }
        if (k.startsWith(ARTICLE) || k.length() < 4 || NameLexicon.STOP.contains(k)) {
            return null;
        }
        for (String ending : NISBA_ENDINGS) {
            if (k.endsWith(ending) && k.length() - ending.length() >= 3) {
                return ArabicNormalizer.skeleton(k.substring(0, k.length() - ending.length()));
            }
        }
        return null;
    }

    /** The key of a word without the و/ف/ب/ل it carries, when what remains is a word the lexicon or article knows. */
    String withoutProclitics(Token t) {
        String bare = t.bare();
        if (isLexiconWord(t.key()) || isLexiconWord(bare)) {
            return isLexiconWord(t.key()) ? t.key() : bare;
        }
        if (bare.length() < t.key().length() && (NameLexicon.STARTERS.contains(bare) || knownName.test(bare))) {
            return bare;
        }
        String k = bare.startsWith(PREPOSITION_LI_ON_ARTICLE) ? articleAfterLi(bare) : ArabicNormalizer.withoutProclitic(bare);
        return isLexiconWord(k) ? k : t.key();
    }

    /** Original text of tokens [from, to); an attached و/ف/ل/ب is dropped from a first word the lexicon knows. */
    public String surface(int from, int to, boolean stripFirst) {
        Token first = tokens.get(from);
        int start = first.start();
        if (!stripFirst || !first.word() || isLexiconWord(first.key())) {
            return text.substring(start, tokens.get(to - 1).end());
        }
        String stripped = withoutProclitics(first);
        if (stripped.equals(first.key())) {
            return text.substring(start, tokens.get(to - 1).end());
        }
        String bare = first.bare();
        int skip = first.key().length() - bare.length(); // an attached و/ف
        boolean lamAlef = false;
        if (!stripped.equals(bare)) {
            lamAlef = bare.startsWith(PREPOSITION_LI_ON_ARTICLE) && stripped.startsWith(ARTICLE);
            skip += lamAlef ? 2 : 1;
        }
        for (int n = 0; n < skip; start++) {
            if (ArabicNormalizer.fold(text.charAt(start)) != 0) {
                n++;
            }
        }
        while (start < first.end() && ArabicNormalizer.fold(text.charAt(start)) == 0) {
            start++; // a tatweel or diacritic on the dropped letter
        }
        String rest = text.substring(start, tokens.get(to - 1).end());
        return lamAlef ? ARTICLE + rest : rest; // "للرئيس" names "الرئيس"
    }

    boolean isLexiconWord(String key) {
        return NameLexicon.TITLE_HEADS.contains(key) || NameLexicon.INSTITUTIONS.containsKey(key)
                || NameLexicon.STATEMENT_WORDS.contains(key) || NameLexicon.GATHERINGS.contains(key) || NameLexicon.DECLARATIONS.contains(key)
                || NameLexicon.ANONYMOUS_HEADS.contains(key) || NameLexicon.INSTITUTION_HEADS.contains(key)
                || NameLexicon.CORRESPONDENTS.contains(key) || knownName.test(key);
    }
}
