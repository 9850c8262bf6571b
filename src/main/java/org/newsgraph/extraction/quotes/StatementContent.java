package org.newsgraph.extraction.quotes;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.newsgraph.extraction.lexicon.Affixes;
import org.newsgraph.extraction.lexicon.CueLexicon;
import org.newsgraph.extraction.lexicon.EventLexicon;
import org.newsgraph.extraction.lexicon.GrammarWords;
import org.newsgraph.extraction.lexicon.Inflections;
import org.newsgraph.extraction.lexicon.Inflections.Affix;
import org.newsgraph.extraction.lexicon.NameLexicon;
import org.newsgraph.extraction.lexicon.Stems;
import org.newsgraph.extraction.tokens.Sentence;
import org.newsgraph.extraction.tokens.Token;
import org.newsgraph.extraction.tokens.Tokens;
import org.newsgraph.text.LexiconFile;

/**
 * Where a statement starts after its cue and speaker: a colon, a complementizer, a quotation, the object of the cue or
 * of its governed preposition, or (further away) a colon with a quotation or the bare إن of reported speech.
 */
final class StatementContent {

    static final Set<String> ADVERBIAL_PREPOSITIONS = LexiconFile.withFlag("function-words.tsv", "adverbial-preposition");
    static final Set<String> VEHICLE_OWNERS = LexiconFile.withFlag("function-words.tsv", "vehicle-owner");
    /** "على خلفية"، "على هامش": a circumstance after على, not a cue's object. */
    private static final Set<String> CIRCUMSTANCE_NOUNS = LexiconFile.withFlag("function-words.tsv", "circumstance-noun");
    /** "هذا"، "ذات" after في: "في هذا الإطار" is the context of the words. */
    private static final Set<String> DEMONSTRATIVES = LexiconFile.withFlag("function-words.tsv", "context-demonstrative");
    private static final int WINDOW = 16;
    /** "بشأن"، "حول": an aside on what the words are about, before the complementizer. */
    private static final Set<String> ABOUT = LexiconFile.withFlag("function-words.tsv", "about");
    /** How far an aside on the topic may run before its comma and the complementizer. */
    private static final int ABOUT_WINDOW = 24;
    /** Words of a name or term in marks, not the speaker's words ("الحشد"، "عملية أنقرة"). */
    private static final int SHORT_MARKED = 2;
    /** Tokens to the words when an occasion opens the stretch after the cue. */
    private static final int CIRCUMSTANCE_WINDOW = 28;
    /** "بعنوان «...»": marks after it hold a title. */
    private static final Set<String> TITLE_LEADS = LexiconFile.withFlag("function-words.tsv", "title-lead");
    /** "في وقت سابق": passed over with the word after it. */
    private static final WordPairs TIME_LEADS = new WordPairs(LexiconFile.withFlag("function-words.tsv", "time-lead"));
    /** "في"، "وفي" before "هذا الإطار": the context of the words. */
    private static final Set<String> CONTEXT_PREPOSITIONS = LexiconFile.withFlag("function-words.tsv", "context-preposition");
    /** The stem of "من جهته" after a cue, passed over. */
    private static final Stems SIDE_ADVERBIALS = new Stems(LexiconFile.withFlag("function-words.tsv", "side-adverbial"));
    /** "خلال اللقاء": the occasion of the words, passed over. */
    private static final Set<String> DURING = LexiconFile.withFlag("function-words.tsv", "during");
    /** "في بيان"، "خلال إفادته": where the words were said, passed over. */
    static final Set<String> VEHICLE_PREPOSITIONS = LexiconFile.withFlag("function-words.tsv", "vehicle-preposition");
    /** "في": "في رام الله", where the speaker is, passed over; "جاء في بيان", the text after it speaks. */
    static final Set<String> IN = LexiconFile.withFlag("function-words.tsv", "in");
    /** "بشكل محدد": how it was said, passed over. */
    private static final Set<String> MANNER = LexiconFile.withFlag("function-words.tsv", "manner");
    /** The owner of a vehicle, attached: "بيانه"، "مداخلتها"، "تصريحاتهم". */
    private static final List<String> VEHICLE_OWNER_PRONOUNS = List.of(Inflections.suffix(Affix.PRONOUN_HE),
            Inflections.suffix(Affix.PRONOUN_SHE), Inflections.suffix(Affix.PRONOUN_THEY));
    /** How far after the speaker a governed preposition may stand: "من"، "عن" are everywhere, so only close by. */
    private static final String REACH = "reach:";
    private static final int FAR_REACH = 16;
    private static final Map<String, Integer> GOVERNED_REACH = governedReach();

    private StatementContent() {
    }

    /** The {@code reach:N} roles of function-words.tsv: the preposition's key to its N. */
    private static Map<String, Integer> governedReach() {
        Map<String, Integer> out = new HashMap<>();
        for (LexiconFile.Entry e : LexiconFile.entries("function-words.tsv", 2)) {
            for (String role : e.column(1).split(" ")) {
                if (role.startsWith(REACH)) {
                    try {
                        out.put(e.key(), Integer.parseInt(role.substring(REACH.length())));
                    } catch (NumberFormatException notANumber) {
                        throw e.error("not a number of words: " + role);
                    }
                }
            }
        }
        return out;
    }

    /**
     * "أكد المتحدث، اليوم، بشأن التحضيرات للقاء الرئيسين، أن ...": the complementizer after the comma closing an aside
     * on the topic, when no other cue comes first; -1 when there is none.
     */
    private static int afterTopicAside(List<Token> tokens, Sentence s, int at) {
        for (int i = at + 1; i + 1 < Math.min(s.to(), at + ABOUT_WINDOW); i++) {
            Token t = tokens.get(i);
            if (t.quoted() || t.mark() != 0 || (t.word() && CueLexicon.cue(t) != null)) {
                return -1;
            }
            if (t.isComma() && CueLexicon.isComplementizer(tokens.get(i + 1))) {
                return i + 1;
            }
        }
        return -1;
    }

    /** Finds where the statement starts after the speaker and sets [from, to); false when there is none. */
    static boolean content(List<Token> tokens, Sentence s, int j, QuoteDraft d, boolean objectAllowed,
            CueLexicon.Cue governedBy) {
        if (objectAllowed && j < s.to() && tokens.get(j).word() && ADVERBIAL_PREPOSITIONS.contains(tokens.get(j).key())) {
            // "أكد في تصريحات لقناة ... أن": a circumstance first, then the statement
            boolean found = content(tokens, s, j, d, false, null);
            if (found) {
                return true;
            }
        }
        int governed = governing(tokens, s, j, governedBy);
        if (governed >= 0) {
            return content(tokens, s, governed, d, true, null); // "دعا X الصين أمس إلى ..."
        }

        if (objectAllowed) {
            for (int i = j; i + 1 < Math.min(s.to(), j + 6); i++) {
                if (CueLexicon.cue(tokens.get(i)) != null || VerbalNounStatements.splits(tokens, i, s)) {
                    break; // the next reporting verb has its own statement
                }
                if (tokens.get(i).word() && GrammarWords.PREPOSITIONS.contains(tokens.get(i).key())
                        && CueLexicon.isComplementizer(tokens.get(i + 1))) {
                    return StatementBounds.indirect(tokens, s, i + 1, d, "indirect-complementizer"); // "حذرت، قبل ذلك، من أن"
                }
            }
        }
        int i = j;
        // "وقال الرئيس في مؤتمر صحفي مساء اليوم مع نظيره فلان ورئيس الوزراء فلان "...": the occasion and its people
        // before the words may be long
        // "وشدد الوزير، في لقاء صحفي عقده مع نظيره، فلان، عقب محادثات، أن": after the comma closing the speaker too
        int opening = j < s.to() && tokens.get(j).isComma() ? j + 1 : j;
        boolean circumstance = opening < s.to() && tokens.get(opening).word()
                && ADVERBIAL_PREPOSITIONS.contains(tokens.get(opening).key());
        int limit = Math.min(s.to(), j + (circumstance ? CIRCUMSTANCE_WINDOW : WINDOW));
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
            if (first || (i > j && tokens.get(i - 1).isComma())) {
                if (t.word() && !t.quoted() && GrammarWords.NEGATIONS.contains(t.key()) && governedBy != null
                        && governedBy.verb().quote() && i + 1 < s.to() && tokens.get(i + 1).word()) {
                    return StatementBounds.span(tokens, s, i, d, "dropped-complementizer", 0.7); // "وقال لا يوجد ..."
                }
            }
            if (t.mark() > 0 && namesAMedium(tokens, i, s)) {
                int close = Tokens.closing(tokens, i, s.to());
                i = close < 0 ? s.to() : close + 1; // "في تصريح لـ«الشرق الأوسط»، إن": a title, not what was said
                continue;
            }
            if (t.mark() > 0 && titleInMarks(tokens, i, j, s)) {
                i = Tokens.closing(tokens, i, s.to()) + 1; // "في كلمة بمؤتمر "طريق المستقبل"، ...، أنه": a title
                first = false;
                continue;
            }
            if (t.mark() > 0 && i - j >= WINDOW) {
                int close = Tokens.closing(tokens, i, s.to());
                if (close > 0 && close - i <= SHORT_MARKED + 1) {
                    i = close + 1; // past the usual reach, a name or term in marks ("الحشد") is narration still
                    first = false;
                    continue;
                }
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
            CueLexicon.Cue other = t.word() && !t.quoted() && !vehicleNoun(tokens, i, s) ? CueLexicon.cue(t) : null;
            if (other != null && i + 1 < s.to() && tokens.get(i + 1).word()
                    && GrammarWords.NEGATING_NOUNS.contains(tokens.get(i + 1).key())) {
                i += 3;
                first = false;
                continue; // "وأكد عضو في الحوار طلب عدم ذكر اسمه أن": what the source asked, no statement of its own
            }
            if (other != null && (other.frame() == CueLexicon.Frame.PARTICIPLE
                    || (first && other.frame() == CueLexicon.Frame.REPORTED && i + 1 < s.to()
                            && (tokens.get(i + 1).isPunct(':') || tokens.get(i + 1).mark() > 0)))) {
                i++;
                continue; // "وتابع الوزير قائلا:"، "وتابع قوله:": the participle or the noun only repeats the cue
            }
            if (other != null && !(first && objectAllowed && other.frame() == CueLexicon.Frame.REPORTED)) {
                break; // another reporting verb before any content: not ours
            } // "أعرب عن إدانته"، "جدد تأكيده": a noun of saying with its pronoun is the object
            if (other != null) {
                return StatementBounds.span(tokens, s, i, d, "object-of-cue", 0.75);
            }
            if (first && t.word() && GrammarWords.RELATIVES.contains(t.key())) {
                int comma = i + 1;
                while (comma < s.to() && !tokens.get(comma).isComma()) {
                    comma++;
                }
                if (comma + 1 < s.to()) {
                    i = comma + 1; // "بوتين، الذي أجرى ...، التوترات": the relative clause describes the speaker
                    continue;
                }
            }
            if (objectAllowed && first && t.word() && ABOUT.contains(t.bare())) {
                int complementizer = afterTopicAside(tokens, s, i);
                if (complementizer > 0) {
                    return StatementBounds.indirect(tokens, s, complementizer, d, "indirect-complementizer");
                }
            }
            if (objectAllowed && first && t.word()) {
                int complementizer = afterAddressee(tokens, s, i);
                if (complementizer < 0) {
                    complementizer = afterAsides(tokens, s, i);
                }
                if (complementizer > 0) {
                    return StatementBounds.indirect(tokens, s, complementizer, d, "indirect-complementizer");
                }
                if (GrammarWords.PREPOSITIONS.contains(t.key()) && i + 1 < s.to()) {
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
        return i < s.to() && (farColonQuote(tokens, s, i, d) || farComplementizer(tokens, s, i, d, governedBy));
    }

    /**
     * "وأكدت مصادر مطلعة لـ«الحياة» أن"، "وأكد للصحفيين أن"، "وأعلن من مدينة كربلاء إن": an addressee with ل attached
     * or a place or circumstance after a preposition, of up to three words, right before a complementizer is whom or
     * where the words were told, not their object. The complementizer's index, or -1.
     */
    private static int afterAddressee(List<Token> tokens, Sentence s, int i) {
        boolean addressee = tokens.get(i).key().startsWith(Affixes.PREPOSITION_LI)
                && !tokens.get(i).key().startsWith(Affixes.LAM_ALEF);
        if (!addressee && !GrammarWords.PREPOSITIONS.contains(tokens.get(i).key())) {
            return -1;
        }
        for (int k = i + 1; k < Math.min(s.to(), i + 6); k++) {
            Token t = tokens.get(k);
            if (CueLexicon.isComplementizer(t) && !t.quoted()) {
                return k;
            }
            if (t.isComma() || CueLexicon.cue(t) != null || (t.word() && k > i + 3)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "وشدد الوزير، في لقاء صحفي مع نظيره، فلان، عقب محادثات أجرياها، أن": a plain أن/إن right after a comma, with no
     * other reporting word before it, opens the words; what stands before it are asides (an apposition, a time). -1
     * when there is none.
     */
    private static int afterAsides(List<Token> tokens, Sentence s, int i) {
        for (int k = i + 1; k < Math.min(s.to(), i + CIRCUMSTANCE_WINDOW); k++) {
            Token t = tokens.get(k);
            if (t.mark() != 0 || t.isPunct(':') || t.word() && !t.quoted() && CueLexicon.cue(t) != null && !vehicleNoun(tokens, k, s)) {
                return -1;
            }
            if (CueLexicon.isPlainComplementizer(t) && tokens.get(k - 1).isComma()) {
                return k;
            }
        }
        return -1;
    }

    /**
     * The governed preposition of a cue ("دعا ... إلى"، "شدد ... على"، "أعرب ... عن") within the words after the
     * speaker, before any other clause: the statement follows it. -1 when there is none.
     */
    private static int governing(List<Token> tokens, Sentence s, int j, CueLexicon.Cue cue) {
        if (cue == null || cue.verb().prepositions().isEmpty()) {
            return -1;
        }
        int base = j; // where the words before the preposition start: after an aside between commas
        for (int i = j; i < Math.min(s.to(), j + 24); i++) {
            Token t = tokens.get(i);
            if (t.mark() > 0 && namesAMedium(tokens, i, s) && Tokens.closing(tokens, i, s.to()) > i) {
                i = Tokens.closing(tokens, i, s.to()); // "في مداخلة لبرنامج «...» على قناة «...»، إلى أن"
                continue;
            }
            if (t.mark() != 0 || t.isPunct(':') || (t.word() && !t.quoted() && !vehicleNoun(tokens, i, s) && (CueLexicon.cue(t) != null
                    || CueLexicon.isComplementizer(t)))) {
                return -1;
            }
            if (t.isComma()) {
                base = i + 1;
            } else if (t.word() && ADVERBIAL_PREPOSITIONS.contains(t.key())) {
                base = i + 2; // "شدد خلال المؤتمر على": a circumstance before the preposition
            }
            if (!CueLexicon.governs(cue, t) || (i + 1 < s.to() && tokens.get(i + 1).word()
                    && (CIRCUMSTANCE_NOUNS.contains(tokens.get(i + 1).key())
                    || OCCASION_IN.contains(t.key()) && occasionWord(tokens.get(i + 1))))) {
                continue; // "، على خلفية التقارير"، "شكك في مؤتمر صحفي": a circumstance, not what is confirmed
            }
            // من and عن are everywhere: only close by; إلى/على may follow a long apposition of the speaker
            String key = t.key();
            boolean attached = !key.equals(Affixes.PREPOSITION_BI) && CueLexicon.attachedBa(t)
                    && !cue.verb().prepositions().contains(key);
            // "أكد أهمية التعاون على أسس": after a plain object, a preposition belongs to it, unless an addressee
            // may stand there ("دعا الدول إلى")
            boolean objectFirst = cue.verb().object() && !cue.verb().addressee();
            int reach = objectFirst ? 1 : attached ? 6 : GOVERNED_REACH.getOrDefault(key, FAR_REACH);
            if (i < base + reach && i < j + 16) {
                return attached ? i : i + 1 < s.to() ? i + 1 : -1; // "بوحشية": the statement keeps its بـ
            }
        }
        return -1;
    }

    /**
     * "وأضاف في كلمة بمؤتمر "طريق المستقبل"، بحضور الوزير، أنه ...": up to four words in marks right after a noun of
     * the circumstance, then a comma, and further on, before any other cue, a complementizer opening a clause after a
     * comma: the marks hold a name or title, the words are the clause.
     */
    private static boolean titleInMarks(List<Token> tokens, int i, int j, Sentence s) {
        if (i <= j || !tokens.get(i - 1).word() || CueLexicon.cue(tokens.get(i - 1)) != null
                || CueLexicon.isComplementizer(tokens.get(i - 1))) {
            return false;
        }
        int close = Tokens.closing(tokens, i, s.to());
        if (close < 0 || close > i + 5 || close + 1 >= s.to() || !tokens.get(close + 1).isComma()) {
            return false;
        }
        for (int k = close + 2; k < s.to(); k++) {
            Token t = tokens.get(k);
            if (t.mark() != 0 || t.isPunct(':') || (t.word() && !t.quoted() && CueLexicon.cue(t) != null
                    && !vehicleNoun(tokens, k, s))) {
                return false;
            }
            if (t.word() && CueLexicon.isComplementizer(t) && (tokens.get(k - 1).isComma()
                    || (GrammarWords.PREPOSITIONS.contains(tokens.get(k - 1).key()) && tokens.get(k - 2).isComma()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "خلال إفادته"، "في حديثه": a noun of saying right after an adverbial preposition is where the words were said,
     * not another statement.
     */
    /** "في", whose object may be where the words are said ("في مؤتمر صحفي") rather than what they are about. */
    private static final Set<String> OCCASION_IN = LexiconFile.withFlag("function-words.tsv", "in");

    /** A noun of saying or an event word ("تصريح"، "مؤتمر"، "الجلسة"): where words are said, not what they say. */
    private static boolean occasionWord(Token t) {
        return CueLexicon.isSayingNoun(t) || EventLexicon.TRIGGER_STARTS.contains(EventLexicon.stem(t.key()));
    }

    static boolean vehicleNoun(List<Token> tokens, int i, Sentence s) {
        return i > s.from() && tokens.get(i - 1).word() && ADVERBIAL_PREPOSITIONS.contains(tokens.get(i - 1).key())
                && CueLexicon.isSayingNoun(tokens.get(i));
    }

    /** A complementizer, colon or quotation comes before any other cue (a participle included). */
    static boolean clauseAhead(List<Token> tokens, Sentence s, int from) {
        for (int i = from; i < Math.min(s.to(), from + WINDOW); i++) {
            Token t = tokens.get(i);
            if (t.word() && !t.quoted() && (CueLexicon.cue(t) != null || VerbalNounStatements.splits(tokens, i, s))) {
                return false; // "دعا إلى الهدوء، مع التأكيد على أن": the complementizer is the noun's
            }
            if (t.isPunct(':') || (t.mark() > 0 && !namesAMedium(tokens, i, s))
                    || (t.word() && !t.quoted() && CueLexicon.isComplementizer(t))) {
                return true;
            }
        }
        return false;
    }

    /** "لـ«الشرق الأوسط»"، "صحيفة «الحياة»"، "بعنوان «...»": marks around the name of a medium or a title. */
    static boolean namesAMedium(List<Token> tokens, int i, Sentence s) {
        if (i == s.from() || !tokens.get(i - 1).word()) {
            return false;
        }
        String prev = tokens.get(i - 1).key();
        return prev.equals(Affixes.PREPOSITION_LI) || TITLE_LEADS.contains(prev) || NameLexicon.MEDIA_HEADS.contains(prev)
                || ((prev.startsWith(Affixes.PREPOSITION_LI) || prev.startsWith(Affixes.PREPOSITION_BI))
                        && NameLexicon.MEDIA_HEADS.contains(prev.substring(1)));
    }

    /**
     * "وقال X الذي يترأس وفد بلاده ... في تصريحات لصحيفة «الحياة» أمس: «...»": a colon and a quotation further
     * than the usual reach, with no other cue before them, still give the statement; so does a quotation right after
     * the comma closing a long aside on where and why it was said ("وقال X، في مؤتمر صحفي عقده اليوم بمقر ...، ردا
     * على سؤال حول ...، «...»"), as wire and Iraqi outlets write it without a colon.
     */
    private static boolean farColonQuote(List<Token> tokens, Sentence s, int from, QuoteDraft d) {
        for (int i = from; i + 1 < s.to(); i++) {
            Token t = tokens.get(i);
            if (t.word() && !t.quoted() && CueLexicon.cue(t) != null) {
                return false;
            }
            if ((t.isPunct(':') || (t.isComma() && sentenceQuoted(tokens, i + 1, s))) && tokens.get(i + 1).mark() > 0) {
                return StatementBounds.direct(tokens, s, i + 1, d);
            }
        }
        return false;
    }

    /**
     * Marks opened at {@code open} around a sentence of at least three words, not a term or a name ("، «داعش»،"): what
     * a comma closing an aside may introduce as the words said.
     */
    static boolean sentenceQuoted(List<Token> tokens, int open, Sentence s) {
        int close = Tokens.closing(tokens, open, s.to());
        int words = 0;
        for (int i = open + 1; i < (close < 0 ? s.to() : close); i++) {
            words += tokens.get(i).word() ? 1 : 0;
        }
        return tokens.get(open).mark() > 0 && words >= 3;
    }

    /**
     * "أبلغت الدول الوزير أمس خلال محادثات جمعته ... إن ...": the bare إن of reported speech further than the usual
     * reach, with no other cue or complementizer before it; or any complementizer right after a comma or after the
     * marks closing a medium's name, where a long aside on where it was said ends ("وأضاف خلال مداخلة هاتفية مع
     * برنامج «...» الذي يقدمه الإعلامي فلان، عبر شاشة «...»، مساء الأربعاء، أن ..."), as "قبل أن" never stands there.
     */
    private static boolean farComplementizer(List<Token> tokens, Sentence s, int from, QuoteDraft d,
            CueLexicon.Cue cue) {
        for (int i = from; i + 1 < s.to(); i++) {
            Token t = tokens.get(i);
            if (cue != null && cue.verb().quote() && t.word() && !t.quoted() && GrammarWords.NEGATIONS.contains(t.key())
                    && i > from && tokens.get(i - 1).isComma() && tokens.get(i + 1).word()) {
                // "وقال خلال مؤتمر صحفي عقده أمس، في إطار الحوار، لا شك في أن ...": the complementizer left out
                // after a long aside, before a negation
                return StatementBounds.span(tokens, s, i, d, "dropped-complementizer", 0.7);
            }
            boolean prepositionFirst = i > from + 1 && tokens.get(i - 1).word()
                    && GrammarWords.PREPOSITIONS.contains(tokens.get(i - 1).key()) && endsAside(tokens, i - 2, s);
            if (t.word() && !t.quoted() && CueLexicon.isComplementizer(t) && i > from
                    && (endsAside(tokens, i - 1, s) || prepositionFirst)) {
                // "...، أمس الأربعاء، إلى أن": the cue's preposition may open the clause after the aside
                return StatementBounds.indirect(tokens, s, i, d, "indirect-complementizer");
            }
            if (t.word() && !t.quoted() && ((CueLexicon.cue(t) != null && !vehicleNoun(tokens, i, s))
                    || (CueLexicon.isComplementizer(t) && !CueLexicon.isPlainComplementizer(t)))) {
                return false;
            }
            if (CueLexicon.isPlainComplementizer(t) && t.text().startsWith(Affixes.ALEF_HAMZA_BELOW)) {
                return StatementBounds.indirect(tokens, s, i, d, "indirect-complementizer");
            }
        }
        return false;
    }

    /** A comma, or the closing mark of a medium's name ("على قناة «المحور» أن"), just before a complementizer. */
    private static boolean endsAside(List<Token> tokens, int at, Sentence s) {
        Token t = tokens.get(at);
        if (t.isComma()) {
            return true;
        }
        if (t.mark() >= 0) {
            return false;
        }
        for (int open = at - 1; open > s.from() && open >= at - 6; open--) {
            if (tokens.get(open).mark() > 0) {
                return namesAMedium(tokens, open, s);
            }
        }
        return false;
    }

    /** Cuts the journalist's additions after the statement: "، وفقا لـ…"، "(21:25 بتوقيت غرينتش)", punctuation. */
    static int skipAdverbials(List<Token> tokens, int j, Sentence s, boolean[] dateTokens, boolean afterSpeaker) {
        int i = j;
        while (i < s.to()) {
            Token t = tokens.get(i);
            if (dateTokens[i - s.from()] || t.isComma() || t.isPunct('(') || t.isPunct(')')
                    || (t.word() && GrammarWords.ADVERBIALS.contains(t.key()))) {
                i++;
            } else if (i + 2 < s.to() && TIME_LEADS.at(tokens, i, s.to())) {
                i += 3; // في وقت سابق / لاحق
            } else if (CONTEXT_PREPOSITIONS.contains(t.key()) && i + 2 < s.to() && tokens.get(i + 2).word()
                    && DEMONSTRATIVES.contains(tokens.get(i + 1).key())) {
                i += 3; // "في هذا الإطار"، "في ذات السياق": the context, not the words
            } else if (GrammarWords.SIDE_LEADS.contains(t.key()) && i + 1 < s.to()
                    && SIDE_ADVERBIALS.start(tokens.get(i + 1).key())) {
                i += 2; // من جهته
            } else if (afterSpeaker && DURING.contains(t.key()) && i + 2 < s.to() && tokens.get(i + 1).word()
                    && tokens.get(i + 1).key().startsWith(Affixes.ARTICLE)
                    && EventLexicon.TRIGGERS.containsKey(EventLexicon.stem(tokens.get(i + 1).key()))) {
                i += 2; // "وأدان الوزير خلال اللقاء العدوان": the occasion, then the object
            } else if (afterSpeaker && occasionAsideEnd(tokens, i, s) > i) {
                i = occasionAsideEnd(tokens, i, s); // "أكد الرئيس، لدى لقائه اليوم الوزير فلانا، حرص": the occasion
            } else if (afterSpeaker && occasionEnd(tokens, i, s, dateTokens) > i) {
                i = occasionEnd(tokens, i, s, dateTokens); // "دعا الرئيس في لقاء الأربعاء الأسبوعي اليوم إلى": where
            } else if (afterSpeaker && VEHICLE_PREPOSITIONS.contains(t.key()) && i + 1 < s.to()
                    && (isVehicle(tokens.get(i + 1).key()) || CueLexicon.isSayingNoun(tokens.get(i + 1)))) {
                // "خلال إفادته أمام اللجنة": a noun of saying after في/خلال is where it was said, as "في تصريحه"
                i += 2; // "في بيان أمس"، "في تصريحات": where it was said; before the speaker it may be "جاء في بيان"
                if (i < s.to() && tokens.get(i).word() && VEHICLE_OWNERS.contains(tokens.get(i).key())) {
                    i++; // "في بلاغ لها"
                }
            } else if (afterSpeaker && IN.contains(t.key()) && placeLength(tokens, i + 1, s) > 0) {
                i += 1 + placeLength(tokens, i + 1, s); // "نفت وزارة العمل في رام الله صدور ...": where the speaker is
            } else if (afterSpeaker && placeWithBiLength(tokens, i, s) > 0) {
                i += placeWithBiLength(tokens, i, s); // "أكد الوزير، يوم الأربعاء بالرباط، أن": where he said it
            } else if (MANNER.contains(t.key()) && i + 2 < s.to() && tokens.get(i + 1).word()) {
                i += 2; // "بشكل محدد": how it was said
            } else if (t.word() && CueLexicon.ACCORDING_TO.contains(t.key()) && commaWithin(tokens, i, s, 8) > 0) {
                i = commaWithin(tokens, i, s, 8) + 1; // "ووفقا لوكالة "تسنيم"، أن": the journalist's source
            } else if (afterSpeaker && isDash(t) && dashWithin(tokens, i, s) > 0) {
                i = dashWithin(tokens, i, s) + 1; // "وأكدت الوزارة - في بيان أوردته الوكالة - رفضها": an aside
            } else {
                break;
            }
        }
        return i;
    }

    /** Words an occasion named after the speaker runs over: its event word and up to this many modifiers. */
    private static final int OCCASION_MODIFIERS = 4;

    /**
     * "في لقاء الأربعاء النيابي اليوم"، "خلال اجتماع المجلس الأسبوعي": في/خلال, an event word, then definite words and
     * days, when a complementizer or a preposition follows: where the words were said. The index after it, or i.
     */
    private static int occasionEnd(List<Token> tokens, int i, Sentence s, boolean[] dateTokens) {
        Token t = tokens.get(i);
        if (!t.word() || !(DURING.contains(t.key()) || IN.contains(t.key())) || i + 2 >= s.to()
                || !tokens.get(i + 1).word() || !EventLexicon.TRIGGERS.containsKey(EventLexicon.stem(tokens.get(i + 1).key()))) {
            return i;
        }
        int j = i + 2;
        while (j < s.to() && j < i + 2 + OCCASION_MODIFIERS && tokens.get(j).word() && !tokens.get(j).quoted()
                && (dateTokens[j - s.from()] || (tokens.get(j).key().startsWith(Affixes.ARTICLE)
                        && !GrammarWords.PREPOSITIONS.contains(tokens.get(j).key()) && !GrammarWords.RELATIVES.contains(tokens.get(j).key())
                        && !CueLexicon.isComplementizer(tokens.get(j)) && CueLexicon.cue(tokens.get(j)) == null))) {
            j++;
        }
        boolean wordsFollow = j > i + 2 && j < s.to() && tokens.get(j).word()
                && (CueLexicon.isComplementizer(tokens.get(j)) || GrammarWords.PREPOSITIONS.contains(tokens.get(j).key()));
        return wordsFollow ? j : i;
    }

    /** Tokens an occasion set off by a comma after the speaker may run over: its event, its people, its day. */
    private static final int OCCASION_ASIDE = 14;

    /**
     * "، لدى لقائه اليوم بمكتبه الوزير فلانا، حرص ..."، "، خلال استقباله الوفد، أهمية ...": an occasion opener and an
     * event word after the speaker, closed by a comma before any cue, complementizer or quotation: the index after that
     * comma, where the words start, or i.
     */
    private static int occasionAsideEnd(List<Token> tokens, int i, Sentence s) {
        Token t = tokens.get(i);
        if (!t.word() || !GrammarWords.OCCASION_OPENERS.contains(t.key()) || i + 2 >= s.to() || !tokens.get(i + 1).word()
                || !EventLexicon.TRIGGER_STARTS.contains(EventLexicon.stem(tokens.get(i + 1).key()))) {
            return i;
        }
        for (int j = i + 2; j < Math.min(s.to() - 1, i + OCCASION_ASIDE); j++) {
            Token u = tokens.get(j);
            if (u.isComma()) {
                return tokens.get(j + 1).word() && CueLexicon.cue(tokens.get(j + 1)) == null ? j + 1 : i;
            }
            if (u.mark() != 0 || !u.word() || CueLexicon.isComplementizer(u) || CueLexicon.cue(u) != null) {
                return i;
            }
        }
        return i;
    }

    /** "بيان"، "المقابلة"، "مداخلته": a statement's vehicle, bare, definite or with its owner's pronoun. */
    static boolean isVehicle(String k) {
        if (StatementBounds.VEHICLES.contains(k) || (k.startsWith(Affixes.ARTICLE)
                && StatementBounds.VEHICLES.contains(k.substring(Affixes.ARTICLE.length())))) {
            return true;
        }
        String opened = Inflections.suffix(Affix.FEMININE_NOUN_BEFORE_PRONOUN);
        for (String pronoun : VEHICLE_OWNER_PRONOUNS) {
            if (k.length() > pronoun.length() + 3 && k.endsWith(pronoun)) {
                String stem = k.substring(0, k.length() - pronoun.length());
                if (StatementBounds.VEHICLES.contains(stem) || (stem.endsWith(opened) && StatementBounds.VEHICLES.contains(
                        stem.substring(0, stem.length() - opened.length()) + Inflections.suffix(Affix.FEMININE_NOUN)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Words of a place of the lexicon (up to three: "رام الله") at token i, or 0. */
    private static int placeLength(List<Token> tokens, int i, Sentence s) {
        return EventLexicon.placeLength(tokens, i, s.to(), tokens.get(i).key());
    }

    /**
     * "بالرباط"، "بشرم الشيخ"، "بمدينة فاس": a place with ب attached, or a city word with ب and the place after it,
     * before a complementizer or a comma: its words, or 0. Before anything else it may be the object of a cue
     * governing بـ ("أشاد بنواكشوط التي ...").
     */
    private static int placeWithBiLength(List<Token> tokens, int i, Sentence s) {
        Token t = tokens.get(i);
        String k = t.key();
        if (!t.word() || t.quoted() || k.length() < Affixes.PREPOSITION_BI.length() + 3 || !k.startsWith(Affixes.PREPOSITION_BI)) {
            return 0;
        }
        String place = k.substring(Affixes.PREPOSITION_BI.length());
        int length = 0;
        if (EventLexicon.CITY_WORDS.contains(place) && i + 1 < s.to() && tokens.get(i + 1).word()) {
            int named = placeLength(tokens, i + 1, s);
            length = named > 0 ? 1 + named : 0;
        } else {
            length = EventLexicon.placeLength(tokens, i, s.to(), place);
        }
        boolean ends = length > 0 && i + length < s.to()
                && (tokens.get(i + length).isComma() || CueLexicon.isComplementizer(tokens.get(i + length)));
        return ends ? length : 0;
    }

    private static boolean isDash(Token t) {
        return t.isPunct('-') || t.isPunct('–') || t.isPunct('—');
    }

    /**
     * The dash closing an aside opened by the dash at {@code from}, within thirty tokens (an occasion with its
     * people, day and place: "- في مؤتمر صحفي مشترك مع ... الذي اختتم أعماله، اليوم، بمدينة فاس -"), or -1.
     */
    private static int dashWithin(List<Token> tokens, int from, Sentence s) {
        for (int i = from + 2; i < Math.min(s.to() - 1, from + 30); i++) {
            if (isDash(tokens.get(i))) {
                return i;
            }
            if (tokens.get(i).word() && !tokens.get(i).quoted() && CueLexicon.isComplementizer(tokens.get(i))) {
                return -1;
            }
        }
        return -1;
    }

    private static int commaWithin(List<Token> tokens, int from, Sentence s, int reach) {
        for (int i = from + 1; i < Math.min(s.to(), from + reach + 1); i++) {
            if (tokens.get(i).isComma()) {
                return i;
            }
        }
        return -1;
    }

}
