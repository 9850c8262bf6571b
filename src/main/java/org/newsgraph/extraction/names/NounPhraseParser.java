package org.newsgraph.extraction.names;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.newsgraph.extraction.lexicon.CueLexicon;
import org.newsgraph.extraction.lexicon.EventLexicon;
import org.newsgraph.extraction.lexicon.Lexicons;
import org.newsgraph.extraction.lexicon.NameLexicon;
import org.newsgraph.extraction.tokens.Token;
import org.newsgraph.extraction.tokens.Tokens;
import org.newsgraph.kinds.PersonKind;
import org.newsgraph.text.ArabicNormalizer;

/**
 * Reads the naming that starts at a token: an institution, an anonymous source, a title with or without a name,
 * a name with an apposition ("يوري أوشاكوف، مستشار بوتين،"), or a bare name. Arabic has no capitals, so a bare
 * name is only accepted where the grammar expects a subject or when the article already used it.
 */
public final class NounPhraseParser {

    private static final Set<String> NAME_JOINERS = Lexicons.words("عبد أبو ابو بن ابن آل أبي");
    private static final Set<String> ANONYMOUS_QUALIFIERS = Lexicons.words(
            "كبير كبيرة رفيع رفيعة رفيعو بارز بارزة مطلع مطلعة المستوى آخر أخرى");
    private static final Map<String, String> INSTITUTION_NATION = Lexicons.pairs(
            "البيت الأبيض=امرك|البنتاغون=امرك|الولايات المتحدة=امرك|الكرملين=رس|روسيا=رس|الإليزيه=فرنس");

    private final List<Token> tokens;
    private final String text;
    private final Predicate<String> knownName;
    private final Predicate<String> knownSurname;

    NounPhraseParser(List<Token> tokens, String text, PersonRegistry registry) {
        this.tokens = tokens;
        this.text = text;
        this.knownName = registry::isKnownName;
        this.knownSurname = registry::isKnownSurname;
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
        String stripped = bare.startsWith("لل") ? "ا" + bare.substring(1) : ArabicNormalizer.withoutProclitic(bare);
        return stripped != bare && (NameLexicon.STARTERS.contains(stripped) || knownName.test(stripped));
    }

    /** The naming at token i (before limit); bare unknown names only when {@code subjectSlot}. */
    public NounPhrase parse(int i, int limit, boolean subjectSlot) {
        if (i >= limit || !tokens.get(i).word()) {
            return null;
        }
        Token t = tokens.get(i);
        String key = subjectSlot ? t.key() : withoutProclitics(t);
        if (NameLexicon.STATEMENT_WORDS.contains(key)) {
            return statement(i, limit);
        }
        NounPhrase inst = institution(i, limit, key);
        if (inst != null) {
            return inst;
        }
        if (NameLexicon.MEDIA_HEADS.contains(key)) {
            return media(i, limit);
        }
        if (NameLexicon.ANONYMOUS_HEADS.contains(key)) {
            return anonymous(i, limit);
        }
        if (NameLexicon.TITLE_HEADS.contains(key)) {
            return titled(i, limit);
        }
        int end = nameEnd(i, limit, subjectSlot);
        if (end > i) {
            return withApposition(i, end, limit, null);
        }
        return null;
    }

    /**
     * "بيان للبيت الأبيض"، "بيان صادر عن مكتب ..."، or "البيان" (and "بيان" with no author after it) speaking for
     * whoever issued it.
     */
    private NounPhrase statement(int i, int limit) {
        int j = i + 1;
        if (j < limit && (tokens.get(j).is("صادر") || tokens.get(j).is("صادرا"))) {
            j += (j + 1 < limit && (tokens.get(j + 1).is("عن") || tokens.get(j + 1).is("من"))) ? 2 : 1;
            NounPhrase author = parse(j, limit, true);
            return author == null ? null : widen(author, i);
        }
        if (j < limit && tokens.get(j).word()) {
            String k = tokens.get(j).key();
            // "بيان للبيت الأبيض": read لل as the article ال; "بيان لنقابة": the ل of the author
            boolean ofHead = k.startsWith("ل") && NameLexicon.INSTITUTION_HEADS.contains(k.substring(1));
            NounPhrase author = institution(j, limit, k.startsWith("لل") ? "ا" + k.substring(1) : ofHead ? k.substring(1) : k);
            if (author != null) {
                return widen(author, i);
            }
        }
        if (tokens.get(i).key().startsWith("ال")) {
            int end = i + 1;
            while (end < limit && tokens.get(end).word() && (NameLexicon.nationality(tokens.get(end).key()) != null
                    || tokens.get(end).is("الختامي") || tokens.get(end).is("المشترك"))) {
                end++;
            }
            if (end + 1 < limit && tokens.get(end).word() && tokens.get(end).key().startsWith("لل")) {
                // "البيان الختامي للقمة الخليجية": the statement of a meeting speaks for the meeting
                int to = end + 1;
                while (to < limit && to < end + 3 && tokens.get(to).word()
                        && NameLexicon.nationality(tokens.get(to).key()) != null) {
                    to++;
                }
                String name = text.substring(tokens.get(i).start(), tokens.get(to - 1).end());
                return new NounPhrase(PersonKind.INSTITUTION, i, to, name, name, null, -1, -1, false);
            }
            return new NounPhrase(null, i, end, null, null, null, -1, -1, true);
        }
        boolean authorless = j >= limit || !tokens.get(j).word() || CueLexicon.isComplementizer(tokens.get(j));
        return authorless ? new NounPhrase(null, i, j, null, null, null, -1, -1, true) : null; // "وجاء في بيان: ..."
    }

    private NounPhrase widen(NounPhrase np, int from) {
        return new NounPhrase(np.kind(), from, np.to(), np.name(), np.title(), np.key(), np.roleFrom(), np.roleTo(),
                np.refersBack());
    }

    /** "صحيفة «الحياة»"، "وكالة الأنباء الرسمية"، "قناة الجزيرة": a medium speaks as an institution. */
    private NounPhrase media(int i, int limit) {
        int end = i + 1;
        if (end < limit && tokens.get(end).mark() > 0) {
            int close = Tokens.closing(tokens, end, limit);
            if (close < 0 || close - end > 5) {
                return null;
            }
            end = close + 1;
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

    /** Prepositions naming where an envoy or ambassador is posted. */
    private static final Set<String> ACCREDITED_TO = Lexicons.words("إلى الى لدى");
    /** Offices named after the person they serve. */
    private static final Set<String> OFFICE_HEADS = Lexicons.words("مكتب ديوان");

    /** An institution at token i, reading the first token as {@code firstKey} (its key without a proclitic). */
    private NounPhrase institution(int i, int limit, String firstKey) {
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
        if (canonical == null && !firstKey.startsWith("ال") && end < limit && tokens.get(end).word()
                && !tokens.get(end).key().startsWith("ال") && !NameLexicon.STOP.contains(tokens.get(end).key())
                && CueLexicon.cue(tokens.get(end)) == null && !CueLexicon.isComplementizer(tokens.get(end))) {
            end++; // a construct head takes one proper word: "حركة طالبان"، "مكتب رئيس الوزراء"
        }
        // complements: "وزارة الخارجية الروسية"، "مكتب العلاقات العامة للقوات المسلحة"
        boolean extendable = canonical == null || NameLexicon.INSTITUTION_HEADS.contains(tokens.get(end - 1).key());
        while (end < limit && end < i + 8 && tokens.get(end).word()) {
            String k = tokens.get(end).key();
            boolean adjective = NameLexicon.nationality(k) != null;
            boolean ofBody = k.startsWith("ل") && NameLexicon.INSTITUTION_HEADS.contains(k.substring(1)); // "لمنظمة"
            if (NameLexicon.STOP.contains(k)
                    || !(adjective || (extendable && (k.startsWith("ال") || k.startsWith("لل") || ofBody)))) {
                break;
            }
            end++;
        }
        if (OFFICE_HEADS.contains(firstKey) && nameEnd(end, limit, true) > end) {
            end = nameEnd(end, limit, true); // "مكتب رئيس الوزراء التركي أحمد داود أوغلو" is still the office
        }
        if (canonical == null && end == i + 1) {
            return null; // a bare "الحكومة"-like head without complement is too vague
        }
        boolean lam = tokens.get(i).key().startsWith("لل") && firstKey.startsWith("ال");
        String surface = !lam ? surface(i, end, true)
                : "ال" + text.substring(tokens.get(i).start() + 2, tokens.get(end - 1).end()); // "للبيت" names "البيت"
        String name = canonical == null || end > i + n ? surface : canonical;
        return new NounPhrase(PersonKind.INSTITUTION, i, end, name, surface, null, -1, -1, false);
    }

    private NounPhrase anonymous(int i, int limit) {
        int end = i + 1;
        String nation = "";
        while (end < limit && tokens.get(end).word()) {
            String k = tokens.get(end).key();
            String adj = adjective(k);
            if (adj != null) {
                nation = adj;
                end++;
            } else if (ANONYMOUS_QUALIFIERS.contains(k)) {
                end++;
            } else if ((k.equals("في") || k.equals("ب")) && end + 1 < limit) {
                NounPhrase place = institution(end + 1, limit, tokens.get(end + 1).key());
                if (place == null) {
                    break;
                }
                nation = INSTITUTION_NATION.getOrDefault(ArabicNormalizer.matchKey(place.name()), place.name());
                end = place.to();
            } else {
                break;
            }
        }
        String head = ArabicNormalizer.skeleton(tokens.get(i).key()).replaceFirst("^ال", "");
        String kind = head.startsWith("مس") ? "official" : head.startsWith("مص") ? "source" : head;
        String key = kind + ":" + nation;
        return new NounPhrase(PersonKind.ANONYMOUS, i, end, surface(i, end, true), null, key, -1, -1, false);
    }

    /** Nationality of an adjective, definite or not (أمريكي، الأميركية، أوكرانيون); null if it is none. */
    private static String adjective(String k) {
        String nat = NameLexicon.nationality(k);
        if (nat != null) {
            return nat;
        }
        if (k.startsWith("ال") || k.length() < 4 || NameLexicon.STOP.contains(k)) {
            return null;
        }
        for (String ending : new String[] {"يون", "يين", "يه", "ي"}) {
            if (k.endsWith(ending) && k.length() - ending.length() >= 3) {
                return ArabicNormalizer.skeleton(k.substring(0, k.length() - ending.length()));
            }
        }
        return null;
    }

    private NounPhrase titled(int i, int limit) {
        int end = i + 1;
        boolean afterConstruct = isConstructHead(tokens.get(i)) && end < limit
                && tokens.get(end).word() && !tokens.get(end).key().startsWith("ال") && !knownName.test(tokens.get(end).key())
                && !NameLexicon.isStop(tokens.get(end));
        while (end < limit && tokens.get(end).word()) {
            Token t = tokens.get(end);
            String k = t.key();
            int institution = institutionLength(end, limit);
            if (institution > 0) {
                end += institution; // "المتحدثة باسم البيت الأبيض"
                afterConstruct = false;
                continue;
            }
            boolean complement = NameLexicon.TITLE_CONTINUATIONS.contains(k);
            if (ACCREDITED_TO.contains(k) && end + 1 < limit && NameLexicon.INSTITUTIONS.containsKey(tokens.get(end + 1).key())) {
                end += 2; // "المبعوث الدولي إلى اليمن"، "السفير الصيني لدى اليمن"
                afterConstruct = false;
                continue;
            }
            if (!complement && (NameLexicon.isStop(t) || CueLexicon.cue(t) != null || knownName.test(k))) {
                break;
            }
            // a definite word continues the title after an indefinite head ("وزير الخارجية") or as an adjective
            // ("الرئيس الروسي"); after a definite word it is a family name ("الوزير الجبير")
            boolean definiteAfterIndefinite = k.startsWith("ال") && !tokens.get(end - 1).key().startsWith("ال");
            boolean continues = complement || NameLexicon.nationality(k) != null || definiteAfterIndefinite
                    || NameLexicon.TITLE_HEADS.contains(k) || k.startsWith("بال") // "وزيرة الدولة بالداخلية"
                    || k.startsWith("لل") || (k.startsWith("ل") && (NameLexicon.TITLE_CONTINUATIONS.contains(k.substring(1))
                            || NameLexicon.INSTITUTION_HEADS.contains(k.substring(1)))) || afterConstruct;
            if (!continues) {
                break;
            }
            // "وزير خارجية لوكسمبورغ": an indefinite head takes the next word as its complement, and so does an
            // indefinite complement ("خارجية" takes "لوكسمبورغ")
            afterConstruct = k.equals("باسم") || (end <= i + 1 + (afterConstruct ? 1 : 0) && end < i + 3
                    && !k.startsWith("ال") && !k.startsWith("ل") && isConstructHead(tokens.get(i)));
            end++;
        }
        String title = surface(i, end, true);
        int nameAt = end;
        boolean marked = nameAt + 1 < limit && tokens.get(nameAt).mark() > 0;
        if (nameAt + 1 < limit && (tokens.get(nameAt).isComma() || tokens.get(nameAt).isPunct('-') || marked)) {
            nameAt++; // "الأمين العام لحلف الناتو، ينس ستولتنبرغ،"، "المبعوث -نيكولاي ملادينوف-"، "المبعوث "فلان""
        }
        int nameEnd = nameEnd(nameAt, limit, true);
        if (marked && !isMarkedName(tokens.get(i), nameAt, nameEnd, limit)) {
            nameEnd = nameAt;
        }
        if (nameEnd == nameAt) {
            return new NounPhrase(PersonKind.PERSON, i, end, null, title, null, -1, -1, false);
        }
        int to = nameEnd;
        if (nameAt > end && to < limit && (tokens.get(to).isComma() || tokens.get(to).isPunct('-')
                || tokens.get(to).mark() < 0)) {
            to++;
        }
        return new NounPhrase(PersonKind.PERSON, i, to, surface(nameAt, nameEnd, false), title, null,
                tokens.get(i).start(), tokens.get(end - 1).end(), false);
    }

    /**
     * A name in quotation marks after a title: the marks hold the name alone, the title is no object of ل/ب
     * ("لنظيره الروسي "مسارا دبلوماسيا"" quotes words said to him) and no word has the accusative ending of a noun.
     */
    private boolean isMarkedName(Token titleHead, int from, int to, int limit) {
        if (to >= limit || tokens.get(to).mark() >= 0 || titleHead.key().startsWith("ل") || titleHead.key().startsWith("ب")) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (tokens.get(k).key().endsWith("ا") && !knownName.test(tokens.get(k).key())) {
                return false;
            }
        }
        return true;
    }

    /**
     * A name [i, end) followed by an optional "، title،" apposition, or by a title with no name of its own
     * ("خالد العطية وزير خارجية قطر"، "هادي رئيس اليمن"); after التقى/استقبل such a title is the one met, and a
     * counterpart ("نظيره") is always another person.
     */
    private NounPhrase withApposition(int i, int end, int limit, String title) {
        String name = surface(i, end, true);
        boolean metObject = i > 0 && tokens.get(i - 1).word()
                && EventLexicon.MEETING_WITH_OBJECT.contains(tokens.get(i - 1).bare());
        if (end < limit && tokens.get(end).word() && NameLexicon.TITLE_HEADS.contains(tokens.get(end).key())
                && !tokens.get(end).key().startsWith("نظير") && !metObject) { // "نظيره" is always someone else
            NounPhrase role = titled(end, limit);
            if (role.name() == null && role.to() > end) {
                return new NounPhrase(PersonKind.PERSON, i, role.to(), name, role.title(), null,
                        tokens.get(end).start(), tokens.get(role.to() - 1).end(), false);
            }
        }
        if (end + 1 < limit && tokens.get(end).isComma() && tokens.get(end + 1).word()
                && NameLexicon.TITLE_HEADS.contains(tokens.get(end + 1).key())) {
            int roleEnd = end + 1;
            while (roleEnd < limit && roleEnd < end + 12 && !tokens.get(roleEnd).isComma()
                    && !CueLexicon.isComplementizer(tokens.get(roleEnd)) && tokens.get(roleEnd).word()) {
                roleEnd++;
            }
            int to = roleEnd < limit && tokens.get(roleEnd).isComma() ? roleEnd + 1 : roleEnd;
            return new NounPhrase(PersonKind.PERSON, i, to, name, surface(end + 1, roleEnd, false), null,
                    tokens.get(end + 1).start(), tokens.get(roleEnd - 1).end(), false);
        }
        return new NounPhrase(PersonKind.PERSON, i, end, name, title, null, -1, -1, false);
    }

    /** End of the personal name starting at i (i itself when there is none). */
    int nameEnd(int i, int limit, boolean subjectSlot) {
        int end = i;
        int words = 0;
        boolean sawJoiner = false;
        while (end < limit && end < i + 6) {
            Token t = tokens.get(end);
            boolean crossesMark = t.quoted() != tokens.get(i).quoted(); // a name never runs into or out of a quotation
            if (!t.word() || crossesMark || Character.isDigit(t.text().charAt(0))) {
                break;
            }
            String k = end == i && !subjectSlot ? withoutProclitics(t) : t.key();
            if (words == 0 && k.equals("علي") && end + 1 < limit && tokens.get(end + 1).word()
                    && !knownName.test(tokens.get(end + 1).key())
                    && (looksLikeVerbalNoun(tokens.get(end + 1).key())
                            || isNotAName(tokens.get(end + 1), tokens.get(end + 1).key(), true))) {
                break; // "شدد الوزير علي تقديم ...": the preposition على written with ي, not the name Ali
            }
            boolean known = knownName.test(k);
            boolean joined = end > i && NAME_JOINERS.contains(tokens.get(end - 1).key());
            boolean givenName = words > 0 && NameLexicon.NAME_OR_TITLE.contains(k);
            if (!known && !givenName && (!subjectSlot || isNotAName(t, k, words == 0))) {
                break; // outside a subject slot only names the article already used
            }
            boolean familyName = (words == 1 || (words == 2 && sawJoiner)) && k.startsWith("ال")
                    && isFamilyName(k, end, limit); // "عادل الجبير"، "عادل بن أحمد الجبير"
            boolean finalWord = words > 0 && NAME_FINAL_WORDS.contains(k);
            if (!known && !joined && !familyName && !finalWord && (k.startsWith("ال") || (end > i && k.startsWith("و")))) {
                break;
            }
            if (end > i && !known && knownSurname.test(tokens.get(end - 1).key())) {
                break; // a known surname ends the name: "لافروف تقديم"
            }
            if (words == 2 && !known && !joined && !NAME_JOINERS.contains(k) && !NAME_FINAL_WORDS.contains(k)
                    && !familyName
                    && (!isBoundary(end + 1, limit) || looksLikeVerbalNoun(k) || k.startsWith("ال"))) {
                break; // a third word only when a boundary follows it
            }
            if (NAME_JOINERS.contains(k)) {
                sawJoiner = true;
            } else {
                words++;
            }
            end++;
        }
        while (end > i && NAME_JOINERS.contains(tokens.get(end - 1).key())) {
            end--; // never end on "بن" or "عبد"
        }
        return end;
    }

    /**
     * Plurals (ات), abstract nouns (ية), feminine past verbs (تطرقت), the تفاعل pattern (تناول، تبادل) and words
     * glued to a preposition and article (بال...) are no names.
     */
    private static boolean looksLikeCommonNoun(String k) {
        int n = k.length();
        return k.startsWith("بال") || k.startsWith("وال") || k.startsWith("فال") || k.startsWith("كال")
                || (n == 5 && k.charAt(0) == 'ت' && k.charAt(2) == 'ا')
                || (n >= 5 && (k.endsWith("ات") || k.endsWith("يه") || (k.charAt(0) == 'ت' && k.charAt(n - 1) == 'ت')));
    }

    /** Words no name is made of: particles, cues, lexicon words, words carrying a particle, future verbs. */
    private boolean isNotAName(Token t, String k, boolean first) {
        if (k.length() < 2 || (NameLexicon.isStop(t) && k.equals(t.key()))
                || (!t.bare().equals(t.key()) && NameLexicon.STOP.contains(t.bare()))
                || NameLexicon.COMMON_NOUNS.contains(t.bare()) || NameLexicon.COMMON_NOUNS.contains(t.key())
                || (first && looksLikeCommonNoun(t.key()))
                || CueLexicon.cue(t) != null || CueLexicon.isComplementizer(t)
                || EventLexicon.TRIGGERS.containsKey(EventLexicon.stem(k)) || isLexiconWord(k)) {
            return true;
        }
        String stripped = ArabicNormalizer.withoutProclitic(t.bare());
        if (stripped.length() < t.bare().length() && (NameLexicon.STOP.contains(stripped) || isLexiconWord(stripped)
                || t.bare().startsWith("لل"))) {
            return true; // "بأي"، "لنظيره"، "للبيت"
        }
        // "سيجتمع"، "ستقول": a future verb
        return k.length() > 4 && k.charAt(0) == 'س' && (EventLexicon.VERBS.containsKey(k.substring(1))
                || CueLexicon.isCueForm(k.substring(1)) || EventLexicon.SCHEDULED_VERBS.contains(k.substring(1)));
    }

    /** Number of words of a lexicon institution written out at token i (its first word may carry ل), or 0. */
    private int institutionLength(int i, int limit) {
        String first = tokens.get(i).key();
        if (first.startsWith("لل")) {
            first = "ا" + first.substring(1);
        }
        StringBuilder phrase = new StringBuilder(first);
        int best = 0;
        for (int j = i; j < limit && j < i + 4 && tokens.get(j).word(); j++) {
            if (j > i) {
                phrase.append(' ').append(tokens.get(j).key());
            }
            if (j > i && NameLexicon.INSTITUTIONS.containsKey(phrase.toString())) {
                best = j - i + 1;
            }
        }
        return best;
    }

    /** "عادل الجبير"، "بشار الأسد": a definite second word closing a name, not an adjective or a verbal noun. */
    private boolean isFamilyName(String k, int at, int limit) {
        if (NAME_FINAL_WORDS.contains(k)) {
            return true;
        }
        String stem = k.substring(2);
        return !NameLexicon.STOP.contains(k) && !isLexiconWord(k) && !NameLexicon.TITLE_CONTINUATIONS.contains(k)
                && !EventLexicon.TRIGGERS.containsKey(k) && !looksLikeVerbalNoun(stem) && !stem.startsWith("ت")
                && (isBoundary(at + 1, limit) || (tokens.get(at + 1).word()
                        && isNotAName(tokens.get(at + 1), tokens.get(at + 1).key(), true)));
    }

    /** Indefinite heads whose next word is their complement, never a name: "وزير خارجية"، "رئيس وزراء". */
    private static final Set<String> CONSTRUCT_HEADS = Lexicons.words("وزير وزيرة رئيس رئيسة نائب نائبة مدير مديرة");

    /** "وزير" begins with و, so its key as written is tried before the key without a conjunction. */
    private static boolean isConstructHead(Token t) {
        return CONSTRUCT_HEADS.contains(t.key()) || CONSTRUCT_HEADS.contains(t.bare());
    }

    private static final Set<String> NAME_FINAL_WORDS = Lexicons.words("الله الدين الرحمن العزيز");

    /** تفعيل and إفعال patterns (تقديم، إعلان) are verbal nouns, the object after a name, not a third name. */
    private static boolean looksLikeVerbalNoun(String k) {
        return k.length() == 5 && ((k.charAt(0) == 'ت' && k.charAt(3) == 'ي') || (k.charAt(0) == 'ا' && k.charAt(3) == 'ا'));
    }

    private boolean isBoundary(int i, int limit) {
        if (i >= limit) {
            return true;
        }
        Token t = tokens.get(i);
        return !t.word() || NameLexicon.isStop(t) || CueLexicon.isComplementizer(t)
                || t.key().startsWith("ل");
    }

    /** The key of a word without the و/ف/ب/ل it carries, when what remains is a word the lexicon or article knows. */
    private String withoutProclitics(Token t) {
        String bare = t.bare();
        if (isLexiconWord(t.key()) || isLexiconWord(bare)) {
            return isLexiconWord(t.key()) ? t.key() : bare;
        }
        if (bare.length() < t.key().length() && (NameLexicon.STARTERS.contains(bare) || knownName.test(bare))) {
            return bare;
        }
        String k = bare.startsWith("لل") ? "ا" + bare.substring(1) : ArabicNormalizer.withoutProclitic(bare);
        return isLexiconWord(k) ? k : t.key();
    }

    /** Original text of tokens [from, to); an attached و/ف/ل/ب is dropped from a first word the lexicon knows. */
    String surface(int from, int to, boolean stripFirst) {
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
            lamAlef = bare.startsWith("لل") && stripped.startsWith("ال");
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
        return lamAlef ? "ال" + rest : rest; // "للرئيس" names "الرئيس"
    }

    private boolean isLexiconWord(String key) {
        return NameLexicon.TITLE_HEADS.contains(key) || NameLexicon.INSTITUTIONS.containsKey(key)
                || NameLexicon.STATEMENT_WORDS.contains(key)
                || NameLexicon.ANONYMOUS_HEADS.contains(key) || NameLexicon.INSTITUTION_HEADS.contains(key)
                || knownName.test(key);
    }
}
