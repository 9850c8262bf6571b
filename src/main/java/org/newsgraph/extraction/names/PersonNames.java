package org.newsgraph.extraction.names;

import static org.newsgraph.extraction.lexicon.Affixes.ACCUSATIVE;
import static org.newsgraph.extraction.lexicon.Affixes.ALEF_MAQSURA;
import static org.newsgraph.extraction.lexicon.Affixes.ARTICLE;
import static org.newsgraph.extraction.lexicon.Affixes.CONJUNCTION_WA;
import static org.newsgraph.extraction.lexicon.Affixes.MASCULINE_PLURAL;
import static org.newsgraph.extraction.lexicon.Affixes.MASCULINE_PLURAL_OBLIQUE;
import static org.newsgraph.extraction.lexicon.Affixes.NISBA;
import static org.newsgraph.extraction.lexicon.Affixes.PATTERN_TA;
import static org.newsgraph.extraction.lexicon.Affixes.PREPOSITION_BI;
import static org.newsgraph.extraction.lexicon.Affixes.PREPOSITION_BI_ON_ARTICLE;
import static org.newsgraph.extraction.lexicon.Affixes.PREPOSITION_LI;
import static org.newsgraph.extraction.lexicon.Affixes.PREPOSITION_LI_ON_ARTICLE;
import static org.newsgraph.extraction.lexicon.Affixes.PRONOUN_HER;
import static org.newsgraph.extraction.lexicon.Affixes.PRONOUN_HIS;
import static org.newsgraph.extraction.lexicon.Affixes.PRONOUN_THEIR;
import static org.newsgraph.extraction.lexicon.Affixes.TA_MARBUTA_KEY;
import static org.newsgraph.extraction.lexicon.Affixes.articleAfterLi;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.newsgraph.extraction.dates.DateResolver;
import org.newsgraph.extraction.lexicon.Affixes;
import org.newsgraph.extraction.lexicon.CueLexicon;
import org.newsgraph.extraction.lexicon.EventLexicon;
import org.newsgraph.extraction.lexicon.GrammarWords;
import org.newsgraph.extraction.lexicon.NameLexicon;
import org.newsgraph.extraction.tokens.Token;
import org.newsgraph.kinds.PersonKind;
import org.newsgraph.text.ArabicNormalizer;
import org.newsgraph.text.LexiconFile;

/**
 * Reads a person's naming: a title with or without a name ("وزير الخارجية السعودي عادل الجبير"), a name with an
 * apposition, and where a bare name ends. Arabic has no capitals, so a bare name is only accepted where the grammar
 * expects a subject or when the article already used it.
 */
final class PersonNames {

    private final List<Token> tokens;
    private final String text;
    private final Predicate<String> knownName;
    private final Predicate<String> knownSurname;
    private final Predicate<String> knownGivenName;
    private final NounPhraseParser parser;

    PersonNames(List<Token> tokens, String text, PersonRegistry registry, NounPhraseParser parser) {
        this.tokens = tokens;
        this.text = text;
        this.knownName = registry::isKnownName;
        this.knownSurname = registry::isKnownSurname;
        this.knownGivenName = registry::isKnownGivenName;
        this.parser = parser;
    }

    NounPhrase titled(int i, int limit) {
        int end = i + 1;
        boolean afterConstruct = isConstructHead(tokens.get(i)) && end < limit
                && tokens.get(end).word() && !tokens.get(end).key().startsWith(ARTICLE) && !knownName.test(tokens.get(end).key())
                && !NameLexicon.isStop(tokens.get(end));
        while (end < limit) {
            int marked = markedComplement(i, end, limit);
            if (marked > 0) {
                end = marked; // "رئيس «حزب الأمة» سالم حداد"، "الأمين العام لـ«حزب الأمة»": the body in marks
                afterConstruct = false;
                continue;
            }
            int gloss = parser.afterShortParenthesis(end, limit);
            if (gloss > end && tokens.get(end + 1).key().startsWith(ARTICLE) && gloss < limit
                    && (tokens.get(gloss).isComma() || !tokens.get(gloss).word())) {
                end = gloss; // "المتحدث باسم الكرملين (الرئاسة الروسية)، فلان": the body glossed in parentheses
                continue;
            }
            if (!tokens.get(end).word()) {
                break;
            }
            Token t = tokens.get(end);
            String k = t.key();
            if (NameLexicon.TITLE_HEADS.contains(k) && !NameLexicon.isCounterpart(k) && bareLeaderTitle(i, end)) {
                break; // "التقى جلالة الملك وزير الخارجية الألماني": the leader, then whom he met
            }
            if (ON_BEHALF.contains(k) && spokeOnBehalf(i, end)) {
                break; // "المتحدث باسم الحكومة باسم العوادي": a second "باسم" is the given name Basim
            }
            if (NameLexicon.COURTESY_TITLES.contains(k) && end + 1 < limit
                    && (tokens.get(end + 1).word() || tokens.get(end + 1).isPunct('('))) {
                break; // "أمير الكويت الشيخ نواف": the courtesy title opens the naming, the role ends before it
            }
            if (addresseeAfterItsState(i, end, k)) {
                break; // "وقال أمير دولة قطر للرئيس الأمريكي": whom he told it
            }
            if (NameLexicon.isPurposeClause(k)) {
                break; // "اتصل بأمير الكويت للتهنئة": what the contact was for
            }
            if (end > i + 1 && NameLexicon.COMMON_NOUNS.contains(k) && tokens.get(end - 1).key().startsWith(ARTICLE)) {
                break; // "دعا وزير الخارجية القطري القوى السياسية إلى": whom he addressed
            }
            int institution = institutionLength(end, limit);
            if (institution > 0) {
                end += institution; // "المتحدثة باسم البيت الأبيض"
                afterConstruct = false;
                continue;
            }
            if (liComplement(i, end, limit)) {
                end += 2; // "المبعوث الأمريكي لعملية السلام"، "المفوض السامي لشؤون اللاجئين"
                afterConstruct = false;
                continue;
            }
            // a state after an indefinite word is its complement: "لدولة فلسطين"، "خارجية لوكسمبورغ"
            boolean complement = NameLexicon.TITLE_CONTINUATIONS.contains(k) || (NameLexicon.INSTITUTIONS.containsKey(k)
                    && !tokens.get(end - 1).key().startsWith(ARTICLE) && NameLexicon.isState(NameLexicon.INSTITUTIONS.get(k)))
                    || joinedComplement(i, end)
                    // "وزير الخارجية وشؤون المغتربين": a title complement joined by و
                    || (end > i + 1 && !k.equals(t.bare()) && NameLexicon.TITLE_CONTINUATIONS.contains(t.bare())
                            && !NameLexicon.TITLE_HEADS.contains(t.bare()) && isConstructHead(tokens.get(i)));
            if (postedIn(end, limit) > end) {
                end = postedIn(end, limit); // "السفير السعودي في واشنطن عادل الجبير"
                afterConstruct = false;
                continue;
            }
            if (representedBody(end, limit) > end) {
                end = representedBody(end, limit); // "النائب عن تحالف الفتح علي تركي"
                afterConstruct = false;
                continue;
            }
            if (NounPhraseParser.ACCREDITED_TO.contains(k) && end + 1 < limit && (NameLexicon.INSTITUTIONS.containsKey(tokens.get(end + 1).key())
                    || institutionLength(end + 1, limit) > 0)) {
                end += Math.max(1, institutionLength(end + 1, limit)) - 1; // "لدى الأمم المتحدة"
                end += 2; // "المبعوث الدولي إلى اليمن"، "السفير الصيني لدى اليمن"
                afterConstruct = false;
                continue;
            }
            if (!complement && (NameLexicon.isStop(t) || CueLexicon.cue(t) != null || knownName.test(k))) {
                break;
            }
            if (EventLexicon.VERBS.containsKey(t.bare()) || EventLexicon.MEETING_VERBS.contains(t.bare())) {
                break; // "إن المبعوث التقى بالسفير": the verb of the title's holder, though spelled like an adjective
            }
            // a definite word continues the title after an indefinite head ("وزير الخارجية") or as an adjective
            // ("الرئيس الروسي"); after a definite word it is a family name ("الوزير الجبير")
            boolean definiteAfterIndefinite = k.startsWith(ARTICLE) && !tokens.get(end - 1).key().startsWith(ARTICLE);
            boolean continues = complement || NameLexicon.nationality(k) != null || pluralNationality(k) || definiteAfterIndefinite
                    || NameLexicon.TITLE_HEADS.contains(k) || officeOrPlaceAfterBi(k) // "وزيرة الدولة بالداخلية"، not "أشاد الوزير بالعلاقات"
                    || (k.startsWith(PREPOSITION_BI) && NameLexicon.INSTITUTION_HEADS.contains(k.substring(1))) // "بحكومة الوحدة"
                    || k.startsWith(PREPOSITION_LI_ON_ARTICLE)
                    || (k.startsWith(PREPOSITION_LI) && (NameLexicon.TITLE_CONTINUATIONS.contains(k.substring(1))
                            || NameLexicon.INSTITUTION_HEADS.contains(k.substring(1)))) || afterConstruct;
            if (!continues || (afterConstruct && end == i + 2 && holderAt(end, limit))) {
                break;
            }
            // "وزير خارجية لوكسمبورغ": an indefinite head takes the next word as its complement, and so does an
            // indefinite complement ("خارجية" takes "لوكسمبورغ")
            // a place ends the chain: "محافظ عدن ناصر الشعيبي"
            afterConstruct = ON_BEHALF.contains(k) || (end <= i + 1 + (afterConstruct ? 1 : 0) && end < i + 3
                    && !k.startsWith(ARTICLE) && !k.startsWith(PREPOSITION_LI) && isConstructHead(tokens.get(i))
                    && !EventLexicon.PLACES.containsKey(k));
            end++;
        }
        String title = parser.surface(i, end, true);
        NounPhrase twoOffices = secondTitleJoined(i, end, limit);
        if (twoOffices != null) {
            return twoOffices;
        }
        int nameAt = end;
        boolean marked = nameAt + 1 < limit && tokens.get(nameAt).mark() > 0;
        if (nameAt + 1 < limit && (tokens.get(nameAt).isComma() || tokens.get(nameAt).isPunct('-') || marked
                || tokens.get(nameAt).isPunct('('))) {
            nameAt++; // "الأمين العام لحلف الناتو، ينس ستولتنبرغ،"، "المبعوث -نيكولاي ملادينوف-"، "المبعوث "فلان""، "الدكتور (فلان)"
        }
        boolean afterComma = nameAt == end + 1 && tokens.get(end).isComma();
        if (nameAt + 1 < limit && (nameAt == end || afterComma) && tokens.get(nameAt).word()
                && isHonorific(tokens.get(nameAt))) {
            // "رئيس تحرير الوكالة د. ناصر اللحام"، "أمير الكويت الشيخ نواف"، "ولي العهد السعودي، الأمير فلان،": an
            // honorific before the holder's name
            nameAt++;
            while (nameAt + 1 < limit && tokens.get(nameAt).word() && RANK_COMPLEMENTS.contains(tokens.get(nameAt).key())) {
                nameAt++; // "الفريق أول ركن فلان": the rank runs on before the name
            }
            if (nameAt + 1 < limit && tokens.get(nameAt).isPunct('(')) {
                nameAt++; // "الناطق باسم الحكومة الدكتور (فلان)"
            }
        }
        int nameEnd = nameEnd(nameAt, limit, true);
        if (marked && !isMarkedName(tokens.get(i), nameAt, nameEnd, limit)) {
            nameEnd = nameAt;
        }
        if (nameEnd == nameAt) {
            if (nameAt == end && nameAt < limit && isTitleHead(tokens.get(nameAt)) && !metObject(i) && !bareLeaderTitle(i, end)) {
                // "المتحدث باسم قيادة العمليات اللواء فلان،": the rank and name of the title's holder
                NounPhrase holder = titled(nameAt, limit);
                if (holder.name() != null && closesApposition(holder.to(), limit)) {
                    return new NounPhrase(PersonKind.PERSON, i, holder.to(), holder.name(), title, null,
                            tokens.get(i).start(), tokens.get(end - 1).end(), false);
                }
            }
            return new NounPhrase(PersonKind.PERSON, i, end, null, title, null, -1, -1, false);
        }
        if (nameAt == end && end == i + 1 && !tokens.get(i).bare().startsWith(ARTICLE) && nameEnd + 1 < limit
                && tokens.get(nameEnd).word() && NameLexicon.COURTESY_TITLES.contains(tokens.get(nameEnd).key())) {
            int holderEnd = nameEnd(nameEnd + 1, limit, true);
            if (holderEnd > nameEnd + 1) {
                // "مستشار خامنئي الدكتور علي أكبر ولايتي": an indefinite head is in construct with the first name,
                // the holder follows the courtesy title
                return new NounPhrase(PersonKind.PERSON, i, holderEnd, parser.surface(nameEnd + 1, holderEnd, false),
                        parser.surface(i, nameEnd, true), null, tokens.get(i).start(), tokens.get(nameEnd - 1).end(), false);
            }
        }
        int to = nameEnd;
        if (nameAt > end && to < limit && (tokens.get(to).isComma() || tokens.get(to).isPunct('-')
                || tokens.get(to).mark() < 0 || tokens.get(to).isPunct(')'))) {
            to++;
        } else if (nameAt == end && to < limit && isTitleHead(tokens.get(to)) && !metObject(i)) {
            // "أكد السفير فلان المتحدث باسم مجلس الوزراء أن": a second title closing the naming is the holder's role
            int roleEnd = officesEnd(to, limit);
            if (roleEnd > to + 1 && closesApposition(roleEnd, limit)) {
                return new NounPhrase(PersonKind.PERSON, i, roleEnd, parser.surface(nameAt, nameEnd, false),
                        parser.surface(to, roleEnd, true), null, tokens.get(to).start(), tokens.get(roleEnd - 1).end(), false);
            }
        } else if (nameAt == end && to < limit && tokens.get(to).isComma()) {
            // "الشيخ حمدان بن راشد، ولي عهد الإمارة، أن": a second title after the name belongs to the naming
            NounPhrase role = withApposition(nameAt, nameEnd, limit, title);
            if (role.roleFrom() >= 0) {
                return new NounPhrase(PersonKind.PERSON, i, role.to(), role.name(), role.title(), null,
                        role.roleFrom(), role.roleTo(), false);
            }
        }
        return new NounPhrase(PersonKind.PERSON, i, to, parser.surface(nameAt, nameEnd, false), title, null,
                tokens.get(i).start(), tokens.get(end - 1).end(), false);
    }

    /**
     * "نائب رئيس الوزراء ووزير الخارجية أيمن الصفدي": a second indefinite title joined by و with the name only after
     * it is a second office of the same holder, so both titles are the role ("والسفير فلان" is another person). Null
     * when no name follows the second title.
     */
    private NounPhrase secondTitleJoined(int i, int end, int limit) {
        if (end + 1 >= limit || !tokens.get(end).word() || tokens.get(end).key().equals(tokens.get(end).bare())
                || !CONSTRUCT_HEADS.contains(tokens.get(end).bare())) {
            return null;
        }
        NounPhrase second = titled(end, limit);
        if (second.name() == null || second.roleTo() < 0) {
            return null;
        }
        int roleEnd = end + 1;
        while (roleEnd < second.to() && tokens.get(roleEnd - 1).end() < second.roleTo()) {
            roleEnd++;
        }
        return new NounPhrase(PersonKind.PERSON, i, second.to(), second.name(), parser.surface(i, roleEnd, true), null,
                tokens.get(i).start(), second.roleTo(), false);
    }

    /**
     * End of the offices that follow a holder's name with no name of their own: "ولي العهد" and, joined by و, "ورئيس
     * مجلس الوزراء" (one holder's two offices); -1 when the first title names somebody.
     */
    private int officesEnd(int at, int limit) {
        NounPhrase office = titled(at, limit);
        if (office.name() != null) {
            return -1;
        }
        int end = office.to();
        while (end + 1 < limit && tokens.get(end).word() && !tokens.get(end).key().equals(tokens.get(end).bare())
                && tokens.get(end).key().startsWith(CONJUNCTION_WA) && CONSTRUCT_HEADS.contains(tokens.get(end).bare())) {
            NounPhrase next = titled(end, limit);
            if (next.name() != null || next.to() <= end + 1) {
                break; // "والسفير فلان": another person
            }
            end = next.to();
        }
        return end;
    }

    /**
     * "بالداخلية"، "بالمملكة العربية السعودية": بـ before a ministry, a body, a state or a place continues a title; before
     * any other noun it is the preposition of the verb ("أشاد ولي العهد بالعلاقات").
     */
    private static boolean officeOrPlaceAfterBi(String k) {
        if (!k.startsWith(PREPOSITION_BI_ON_ARTICLE)) {
            return false;
        }
        String noun = k.substring(1);
        return NameLexicon.TITLE_CONTINUATIONS.contains(noun) || NameLexicon.INSTITUTION_HEADS.contains(noun)
                || NameLexicon.INSTITUTIONS.containsKey(noun) || EventLexicon.PLACES.containsKey(noun);
    }

    /** A title head that is no counterpart ("نظيره" is always someone else). */
    private static boolean isTitleHead(Token t) {
        return t.word() && NameLexicon.TITLE_HEADS.contains(t.key()) && !NameLexicon.isCounterpart(t.key());
    }

    /** After التقى/استقبل the naming that follows the subject is the one met, not the subject's role. */
    private boolean metObject(int i) {
        int verb = i - 1;
        while (verb > 0 && tokens.get(verb).word() && NameLexicon.HONORIFICS.contains(tokens.get(verb).key())) {
            verb--; // "التقى جلالة الملك"، "استقبل صاحب السمو"
        }
        return verb >= 0 && tokens.get(verb).word() && EventLexicon.MEETING_WITH_OBJECT.contains(tokens.get(verb).bare());
    }

    /** A leader's or courtesy title alone ("الملك"، "الشيخ"): another title after it is another person. */
    private boolean bareLeaderTitle(int i, int end) {
        String k = tokens.get(i).key();
        return end == i + 1 && k.startsWith(ARTICLE) && (NameLexicon.COURTESY_TITLES.contains(k) || NameLexicon.LEADER_HEADS.contains(k));
    }

    /** A comma, mark, colon or complementizer (or the end) closes an apposition, so it describes the subject. */
    private boolean closesApposition(int at, int limit) {
        return at >= limit || !tokens.get(at).word() || CueLexicon.isComplementizer(tokens.get(at));
    }

    /**
     * "محافظ نينوى نوفل العاكوب إن"، "محافظ سوهاج عمرو حنفي،": after a construct head and its one-word complement,
     * two words closing the naming (a definite family name, or before a comma, complementizer or cue) are the holder,
     * even where the complement is no place the lexicon knows. "رئيس وزراء جزر المرجان توماس ريلي" goes on, as a name
     * follows "جزر المرجان"; a state the lexicon knows is a complement ("وزير خارجية لوكسمبورغ").
     */
    private boolean holderAt(int at, int limit) {
        if (at + 1 >= limit || nameEnd(at, limit, true) != at + 2 || NameLexicon.INSTITUTIONS.containsKey(tokens.get(at).key())) {
            return false;
        }
        return tokens.get(at + 1).key().startsWith(ARTICLE) || closesClause(at + 2, limit)
                || CueLexicon.cue(tokens.get(at + 2)) != null;
    }

    /**
     * "وزير الفلاحة والصيد البحري"، "وزير الخارجية والمغتربين": a second complement of a construct title joined by
     * و, not a second speaker (a title head, an institution or a name after و is one: "وزير الخارجية والسفير").
     */
    private boolean joinedComplement(int i, int at) {
        Token t = tokens.get(at);
        String bare = t.bare();
        return at > i + 1 && !bare.equals(t.key()) && bare.startsWith(ARTICLE) && isConstructHead(tokens.get(i))
                && tokens.get(at - 1).bare().startsWith(ARTICLE) && !NameLexicon.TITLE_HEADS.contains(bare)
                && !NameLexicon.INSTITUTIONS.containsKey(bare) && !NameLexicon.INSTITUTION_HEADS.contains(bare)
                && !knownName.test(bare) && !NameLexicon.isStateNationality(bare) // "والجالية" is no "والروسي"
                && !NameLexicon.COMMON_NOUNS.contains(bare.substring(2)); // "وزير الداخلية والوفد المرافق"
    }

    /**
     * "رئيس «حزب الأمة» سالم حداد"، "الأمين العام لـ«حزب الأمة» النائب سالم حداد": the name of a body in marks right
     * after a construct head (or after لـ), when a name or another title follows the marks, completes the title.
     * The index after the closing mark, or -1.
     */
    private int markedComplement(int i, int end, int limit) {
        int open = end;
        if (open + 1 < limit && tokens.get(open).word() && tokens.get(open).key().equals(PREPOSITION_LI)
                && tokens.get(open + 1).mark() > 0) {
            open++; // "لـ«حزب الأمة»"
        } else if (open == i + 1 ? !isConstructHead(tokens.get(i)) : !namesBodyInMarks(tokens.get(open - 1))) {
            return -1;
        }
        return marksThenHolder(open, limit);
    }

    /**
     * "حركة"، "لحركة"، "بحزب"، "كتلة": an indefinite head of a body whose own name follows in marks ("عضو كتلة «النهضة»
     * النائب فلان"، "المتحدث باسم حركة «العدالة» فلان").
     */
    private static boolean namesBodyInMarks(Token head) {
        String k = head.bare();
        if (k.startsWith(ARTICLE)) {
            return false;
        }
        boolean prefixed = k.length() > 3 && (k.startsWith(PREPOSITION_LI) || k.startsWith(PREPOSITION_BI));
        return NameLexicon.INSTITUTION_HEADS.contains(k) || (prefixed && NameLexicon.INSTITUTION_HEADS.contains(k.substring(1)));
    }

    /**
     * A body's name in marks opening at {@code open}, short and followed by its holder (a title, an honorific, a known or
     * a bare name): the index after the closing mark, or -1.
     */
    private int marksThenHolder(int open, int limit) {
        if (tokens.get(open).mark() <= 0) {
            return -1;
        }
        int close = org.newsgraph.extraction.tokens.Tokens.closing(tokens, open, limit);
        if (close <= open + 1 || close > open + 10 || close + 2 >= limit || !tokens.get(close + 1).word()) {
            return -1;
        }
        Token next = tokens.get(close + 1);
        boolean holder = NameLexicon.TITLE_HEADS.contains(next.key()) || knownName.test(next.key())
                || NameLexicon.HONORIFICS.contains(next.key())
                || (nameEnd(close + 1, limit, true) > close + 2 && isBoundary(nameEnd(close + 1, limit, true), limit));
        return holder ? close + 1 : -1;
    }

    /**
     * "في واشنطن" after a title, when a name or another title follows: where the holder is posted belongs to the
     * title ("المراقب الدائم لدى الأمم المتحدة في نيويورك السفير فلان"). The end of the place, or i when there is none.
     */
    private int postedIn(int i, int limit) {
        if (i + 2 >= limit || !POSTED_IN.contains(tokens.get(i).key()) || !tokens.get(i + 1).word()
                || NameLexicon.isStop(tokens.get(i + 1))
                // "وزير خارجية النرويج في لقائه رئيس الوزراء": an event the holder took part in, not his post
                || EventLexicon.TRIGGERS.containsKey(EventLexicon.stem(tokens.get(i + 1).key()))
                || (NameLexicon.COMMON_NOUNS.contains(tokens.get(i + 1).key())
                        && !NameLexicon.INSTITUTION_HEADS.contains(tokens.get(i + 1).key()))) {
            return i;
        }
        int place = i + 1 + Math.max(1, institutionLength(i + 1, limit));
        if (institutionLength(i + 1, limit) == 0 && NameLexicon.INSTITUTION_HEADS.contains(tokens.get(i + 1).key())) {
            // "وزير الأوقاف في حكومة النظام"، "في حكومة تصريف الأعمال": a body the lexicon does not list, its head
            // and up to two words of its complement
            place = i + 2;
            while (place < Math.min(limit, i + 4) && tokens.get(place).word() && !NameLexicon.isStop(tokens.get(place))
                    && (tokens.get(place).key().startsWith(ARTICLE) || place == i + 2)
                    && !NameLexicon.TITLE_HEADS.contains(tokens.get(place).key()) && !knownName.test(tokens.get(place).key())
                    && nameEnd(place, limit, true) <= place + 1) {
                place++;
            }
        }
        if (place == i + 2 && place < limit && namesBodyInMarks(tokens.get(i + 1))) {
            int marked = marksThenHolder(place, limit); // "القيادي في حركة «العدالة» فلان"
            if (marked > 0) {
                return marked;
            }
        }
        boolean comma = place + 1 < limit && tokens.get(place).isComma(); // "في حكومة الوفاق، محمد سيالة،"
        if (place >= limit || (!tokens.get(place).word() && !comma)) {
            return i;
        }
        Token next = tokens.get(comma ? place + 1 : place);
        if (comma) {
            int end = nameEnd(place + 1, limit, true);
            boolean named = next.word() && end > place + 2 && end < limit && tokens.get(end).isComma();
            return named ? place : i;
        }
        boolean person = NameLexicon.TITLE_HEADS.contains(next.key()) || knownName.test(next.key())
                || (nameEnd(place, limit, true) > place + 1 && isBoundary(nameEnd(place, limit, true), limit));
        return person ? place : i;
    }

    /** Words of the body a representative sits for: "ائتلاف دولة القانون"، "الحزب الديمقراطي الكردستاني". */
    private static final int REPRESENTED_WORDS = 5;

    /**
     * "النائب عن تحالف الفتح علي تركي"، "النائبة عن الحزب الديمقراطي الكردستاني فيان دخيل"، "النائب عن محافظة البصرة
     * فلان": after "عن" (`name-markers.tsv` represents), the body or province (a construct chain, its definite words,
     * a place of the lexicon closing it), then the holder's name; where the body ends, or i when no name follows.
     */
    private int representedBody(int i, int limit) {
        if (i + 3 >= limit || !REPRESENTS.contains(tokens.get(i).key()) || !tokens.get(i + 1).word()
                || NameLexicon.isStop(tokens.get(i + 1))) {
            return i;
        }
        int j = i + 1;
        boolean definiteSeen = false;
        while (j < Math.min(limit, i + 1 + REPRESENTED_WORDS) && tokens.get(j).word()) {
            String k = tokens.get(j).key();
            if (j > i + 1 && definiteSeen && !k.startsWith(ARTICLE)) {
                break; // a word without the article after a definite one: the name
            }
            definiteSeen |= k.startsWith(ARTICLE);
            j++;
            if (EventLexicon.PLACES.containsKey(k) || EventLexicon.PLACES.containsKey(Affixes.withoutArticle(k))) {
                break; // "عن محافظة نينوى": the province closes the body
            }
        }
        if (j >= limit || !definiteSeen && !EventLexicon.PLACES.containsKey(tokens.get(j - 1).key())) {
            return i;
        }
        int name = nameEnd(j, limit, true);
        return name > j + 1 && isBoundary(name, limit) ? j : i;
    }

    /**
     * A name in quotation marks after a title: the marks hold the name alone, the title is no object of ل/ب
     * ("لنظيره الروسي "مسارا دبلوماسيا"" quotes words said to him) and no word has the accusative ending of a noun.
     */
    private boolean isMarkedName(Token titleHead, int from, int to, int limit) {
        if (to >= limit || tokens.get(to).mark() >= 0 || titleHead.key().startsWith(PREPOSITION_LI)
                || titleHead.key().startsWith(PREPOSITION_BI)) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (tokens.get(k).key().endsWith(ACCUSATIVE) && !knownName.test(tokens.get(k).key())) {
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
    NounPhrase withApposition(int i, int end, int limit, String title) {
        String name = parser.surface(i, end, true);
        if (end < limit && isTitleHead(tokens.get(end)) && !metObject(i)) {
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
            NounPhrase office = titled(end + 1, limit);
            if (office.name() == null && office.to() > end + 1 && office.to() < roleEnd && tokens.get(office.to()).word()
                    && GrammarWords.PREPOSITIONS.contains(tokens.get(office.to()).key())) {
                roleEnd = office.to(); // "فلان، وكيل الأمين العام للأمم المتحدة على ضرورة": the cue's preposition ends it
            }
            int to = roleEnd < limit && tokens.get(roleEnd).isComma() ? roleEnd + 1 : roleEnd;
            return new NounPhrase(PersonKind.PERSON, i, to, name, parser.surface(end + 1, roleEnd, false), null,
                    tokens.get(end + 1).start(), tokens.get(roleEnd - 1).end(), false);
        }
        return new NounPhrase(PersonKind.PERSON, i, end, name, title, null, -1, -1, false);
    }

    /** "الدكتور"، "الشيخ"، "العماد"، "معالي": an honorific or courtesy title before a holder's name. */
    private static boolean isHonorific(Token t) {
        return NameLexicon.HONORIFICS.contains(t.key()) || NameLexicon.COURTESY_TITLES.contains(t.key());
    }

    /**
     * على spelled with ى is far more often the preposition than the name Ali (which Egyptian spelling also writes so):
     * it opens a name only before a name the article knows, or, in a subject's place, before a word that can be a
     * name ("وقال على حسن إن").
     */
    private boolean nameFollowsAla(int next, int limit, boolean subjectSlot) {
        if (next >= limit || !tokens.get(next).word()) {
            return false;
        }
        Token t = tokens.get(next);
        return knownName.test(t.key()) || subjectSlot && !isNotAName(t, t.key(), true);
    }

    /**
     * "الشيخ ناصر صباح الأحمد"، "الشيخ صباح الأحمد": inside a name or right after an honorific, a time-of-day word
     * that is also a given name (صباح) goes on with the family name after it, where "صباح اليوم"، "صباح الخميس" are
     * dates.
     */
    private boolean dayWordAsName(String k, int next, int limit) {
        if (!DateResolver.isTimeOfDayWord(k) || next >= limit || !tokens.get(next).word()) {
            return false;
        }
        String after = tokens.get(next).key();
        return after.startsWith(ARTICLE) && !DateResolver.isDateWord(after) && !WordShapes.looksLikeVerbalNoun(after.substring(2));
    }

    /** "الجبير" has the article; "ألان" (Alain) starts with a hamza alef, which the article never carries. */
    private static boolean definite(Token t, String k) {
        char first = t.text().charAt(0);
        return k.startsWith(ARTICLE) && !(k.equals(t.key()) && (first == 'أ' || first == 'إ' || first == 'آ'))
                && !NameLexicon.GIVEN_WITH_ARTICLE.contains(k); // "الياس"، "الهام": a given name
    }

    /** End of the personal name starting at i (i itself when there is none). */
    int nameEnd(int i, int limit, boolean subjectSlot) {
        int end = i;
        int words = 0;
        int joiners = 0;
        // a nasab chain ("محمد بن سلمان بن عبد العزيز آل سعود") is long in tokens, not in names: joiners don't count
        while (end < limit && end < i + 6 + Math.min(joiners, 4)) {
            Token t = tokens.get(end);
            boolean crossesMark = t.quoted() != tokens.get(i).quoted(); // a name never runs into or out of a quotation
            if (!t.word() || crossesMark || Character.isDigit(t.text().charAt(0))) {
                break;
            }
            String k = end == i && !subjectSlot ? parser.withoutProclitics(t) : t.key();
            if (words == 0 && NameLexicon.PREPOSITION_NAMES.contains(k) && end + 1 < limit && tokens.get(end + 1).word()
                    && !knownName.test(tokens.get(end + 1).key())
                    && (WordShapes.looksLikeVerbalNoun(tokens.get(end + 1).key())
                            || isNotAName(tokens.get(end + 1), tokens.get(end + 1).key(), true))) {
                break; // "شدد الوزير علي تقديم ...": the preposition على written with ي, not the name Ali
            }
            if (words == 0 && k.startsWith(CONJUNCTION_WA) && NameLexicon.INSTITUTIONS.containsKey(k.substring(1))) {
                break; // "قادة دول الخليج ومصر والأردن": a state joined to the title's list, no holder's name
            }
            if (words == 0 && NameLexicon.PREPOSITION_NAMES.contains(k) && t.text().endsWith(ALEF_MAQSURA)
                    && !nameFollowsAla(end + 1, limit, subjectSlot)) {
                break; // "الرياض على علم"، "«على تدعيم": the preposition, though the article names an Ali
            }
            boolean known = knownName.test(k);
            CueLexicon.Cue governing = words == 0 && !known && end > 0 && CueLexicon.cue(t) == null
                    ? CueLexicon.cueAt(tokens, end, 0, limit) : null;
            if (governing != null && governing.verb().prepositionOnly()) {
                break; // "بأن الرئيس رحب بضيفه": a verb that states through the preposition after it, no name
            }
            if (words > 0 && !known && k.startsWith(PREPOSITION_BI_ON_ARTICLE)) {
                break; // "وأشاد الوزير سامر حداد بالعلاقات": the preposition the verb governs, no family name
            }
            if (words > 0 && !known && attachedPlaceOfTwoWords(end, limit)) {
                break; // "وأعلن الوزير سامر حداد بشرم الشيخ أن": where he is, no family name
            }
            if (known && words > 0 && NameLexicon.isStop(t) && end + 1 < limit && tokens.get(end + 1).word()
                    && !knownName.test(tokens.get(end + 1).key())) {
                break; // "شدد الوزير نادر فهمي على عمق العلاقات" where the article also names an Ali: the preposition
            }
            boolean joined = end > i && NounPhraseParser.NAME_JOINERS.contains(tokens.get(end - 1).key());
            boolean afterHonorific = words == 0 && end > 0 && tokens.get(end - 1).word() && isHonorific(tokens.get(end - 1));
            boolean givenName = words > 0 && NameLexicon.NAME_OR_TITLE.contains(k)
                    || (words > 0 || afterHonorific) && dayWordAsName(k, end + 1, limit);
            // "هالة السيد إن"، "سامي التميمي،": a definite word that closes the clause after a given name is the
            // family name, even when it is also a title or has the shape of a verbal noun
            boolean closingFamilyName = subjectSlot && words == 1 && definite(t, k) && closesNameClause(t, k, end + 1, limit);
            if (subjectSlot && words == 0 && !known && loneFamilyName(t, k, end + 1, limit)) {
                return end + 1; // "وشدد الصفدي على"، "وأكد الصفدي أن": a family name alone as the subject
            }
            // "محمد ولد الغزواني": a joiner inside a name, though "ولد" starts with و
            boolean joinerWord = words > 0 && NounPhraseParser.NAME_JOINERS.contains(k);
            if (!known && !givenName && !closingFamilyName && (!subjectSlot || !joinerWord && isNotAName(t, k, words == 0))) {
                break; // outside a subject slot only names the article already used
            }
            boolean familyName = closingFamilyName || (words == 1 || (words == 2 && (joiners > 0 || closesClause(end + 1, limit))))
                    && k.startsWith(ARTICLE) && isFamilyName(k, end, limit) // "عادل الجبير"، "عادل بن أحمد الجبير"
                    // "إن الرئيس عبدالفتاح السيسي استقبلنا": after a title the holder's given name takes a family
                    // name whatever follows it
                    || words == 1 && afterTitle(i) && k.startsWith(ARTICLE) && familyNameShape(k) && !NameLexicon.isStateNationality(k)
                    || words >= 1 && words <= 3 && definiteChainCloses(end, limit, 4 - words)
                    // "أحمد ناصر المحمد الجابر الصباح مع نظيره": the lineage of a Gulf name, whatever follows it
                    || words >= 1 && NameLexicon.LINEAGE_NAMES.contains(k);
            boolean finalWord = words > 0 && NAME_FINAL_WORDS.contains(k);
            if (!known && !joined && !familyName && !finalWord && !joinerWord
                    && (definite(t, k) || (end > i && k.startsWith(CONJUNCTION_WA)))) {
                break;
            }
            if (words >= 2 && knownSurname.test(tokens.get(end - 1).key()) && knownGivenName.test(k) && !knownSurname.test(k)) {
                break; // "قيس سعيد جورجيا ميلوني" (a caption): a full name the article knows, then another's given name
            }
            if (end > i && knownSurname.test(tokens.get(end - 1).key()) && (!known || (words == 1 && knownSurname.test(k)))) {
                break; // a known surname ends the name: "لافروف تقديم"; and another's surname after a surname alone
            } // is another person: "وهنأ حداد منصور" (subject, then object)
            if (words >= 3 && !known && imperfectAfter(end, limit)) {
                break; // "رجب طيب إردوغان يتوسط": the verb after the subject's full name
            }
            if (words == 2 && !known && !joined && !NounPhraseParser.NAME_JOINERS.contains(k) && !NAME_FINAL_WORDS.contains(k)
                    && !familyName
                    && (!isBoundary(end + 1, limit) && !possessedObjectAfter(end + 1, limit) && !imperfectAfter(end + 1, limit)
                            || WordShapes.looksLikeVerbalNoun(k)
                            || k.startsWith(ARTICLE))) {
                break; // a third word only when a boundary follows it, or the object the subject possesses
            }
            if (NounPhraseParser.NAME_JOINERS.contains(k)) {
                joiners++;
            } else {
                words++;
            }
            if (finalWord && end + 1 < limit && ORDINAL_TEENS.contains(tokens.get(end + 1).key())) {
                end++; // "البابا بنديكت السادس عشر": a two-word ordinal
            }
            end++;
        }
        while (end > i && NounPhraseParser.NAME_JOINERS.contains(tokens.get(end - 1).key())) {
            end--; // never end on "بن" or "عبد"
        }
        return end;
    }


    /**
     * "الرئيس التركي رجب طيب إردوغان يتوسط رئيسي البلدين": an imperfect verb (ي or ت before three letters or more)
     * right after a name is the verb of a caption's or headline's subject, so the name ends before it.
     */
    private boolean imperfectAfter(int at, int limit) {
        if (at >= limit || !tokens.get(at).word()) {
            return false;
        }
        String k = tokens.get(at).bare();
        return WordShapes.opensLikeImperfect(k) && !knownName.test(k);
    }

    /**
     * "بدأ الموفد جان إيف لودريان جولته"، "والتقى الوزير سالم فادي حداد نظيره": a noun with a possessive pronoun right
     * after a name is the object of the verb the name is the subject of, so the name ends before it.
     */
    private boolean possessedObjectAfter(int at, int limit) {
        if (at >= limit || !tokens.get(at).word()) {
            return false;
        }
        String k = tokens.get(at).bare();
        if (tokens.get(at).text().endsWith(Affixes.TA_MARBUTA)) {
            return false; // "مقتضبة": the feminine ending, whose key is that of the pronoun
        }
        for (String p : EventLexicon.POSSESSIVES) {
            if (k.endsWith(p) && k.length() >= p.length() + 3 && !k.startsWith(ARTICLE)) {
                return true;
            }
        }
        return false;
    }

    /** "بشرم الشيخ"، "بأم درمان": a place of two words of the lexicon at token i, its first carrying a proclitic. */
    private boolean attachedPlaceOfTwoWords(int i, int limit) {
        String key = tokens.get(i).key();
        String stripped = ArabicNormalizer.withoutProclitic(key);
        return !stripped.equals(key) && EventLexicon.placeLength(tokens, i, limit, stripped) >= 2;
    }

    /** Words no name is made of: particles, cues, lexicon words, words carrying a particle, future verbs. */
    private boolean isNotAName(Token t, String k, boolean first) {
        if (k.length() < 2 || (NameLexicon.isStop(t) && k.equals(t.key()))
                || (!t.bare().equals(t.key()) && (NameLexicon.STOP.contains(t.bare())
                        || NameLexicon.TITLE_HEADS.contains(t.bare()))) // "ووزير الدفاع": a second person's title
                || NameLexicon.COMMON_NOUNS.contains(t.bare()) || NameLexicon.COMMON_NOUNS.contains(t.key())
                || t.bare().endsWith(ACCUSATIVE) && NameLexicon.COMMON_NOUNS.contains(t.bare().substring(0, t.bare().length() - 1)) // "عددا"
                || EventLexicon.withPossessive(t.bare(), NameLexicon.COMMON_NOUNS) // "وثمن دوره في": his role
                || WordShapes.looksLikeVerbalNounWithPronoun(t.bare()) // "وأبدى الوزير تفاؤله": what he expresses
                || (first && WordShapes.looksLikeCommonNoun(t.key()) && !WordShapes.isForeignNameInYehHeh(t.text(), t.key()))
                // "واعتبرها الوزير إنجازا": a verbal noun with the accusative ending is the object, no name
                || (first && k.length() == 6 && k.endsWith(ACCUSATIVE) && k.charAt(1) != 'و' && k.charAt(1) != 'ي'
                        && WordShapes.looksLikeVerbalNoun(k.substring(0, 5)))
                || CueLexicon.cue(t) != null || CueLexicon.verbalNoun(t) != null || CueLexicon.isComplementizer(t)
                || EventLexicon.TRIGGERS.containsKey(EventLexicon.stem(k)) || parser.isLexiconWord(k)
                || NameLexicon.isPurposeClause(k) // "استقبل ملك المغرب لبحث العلاقات": what he came for
                || writtenWithNunation(t.text()) // "وأضاف، معلقاً على": an adverb or an object, never a name
                // "إن الرئيس الروسي أجرى مكالمة مع نظيره التركي ناقشا فيها": the verbs of meeting after a title
                || EventLexicon.MEETING_VERBS.contains(t.bare()) || EventLexicon.VERBS.containsKey(t.bare())
                || (!first && (WordShapes.isAgreeingVerb(t.bare()) || WordShapes.looksLikeImperfectVerb(t.bare())))
                || WordShapes.looksLikeTenthFormPerfect(t.bare()) || WordShapes.looksLikeImperfectWithObject(t.bare())
                || (!first && WordShapes.looksLikeFifthFormPerfect(t.text()))) {
            return true;
        }
        String stripped = ArabicNormalizer.withoutProclitic(t.bare());
        if (stripped.length() < t.bare().length() && (NameLexicon.STOP.contains(stripped) || parser.isLexiconWord(stripped)
                || NameLexicon.COMMON_NOUNS.contains(stripped) || EventLexicon.PLACES.containsKey(stripped)
                || WordShapes.looksLikeVerbalNoun(stripped) // "وأفاد قائد الجيش بإطلاع": the cue's object
                || t.bare().startsWith(PREPOSITION_LI_ON_ARTICLE))) {
            return true; // "بأي"، "لنظيره"، "للبيت"، "ببالغ الحزن"، a place: "وأعلن الوزير سالم حداد بنواكشوط"
        }
        if (liBeforeImperfect(t.bare())) {
            return true; // "ليرد الوزير: ..."، "ليعود ويؤكد أن"
        }
        if (addressedWithPronoun(t.text())) {
            return true; // "وقال السيسي لمحاوره:": whom he told it, "to his interviewer", after the name
        }
        if (first && isImperfectVerb(t.bare())) {
            return true; // "وزير التربية يعبر عن حزنه"، "وزير الخارجية يبحث مع نظيره": a headline's verb after its subject
        }
        // "سيجتمع"، "ستقول": a future verb
        return k.length() > 4 && k.charAt(0) == 'س' && (EventLexicon.VERBS.containsKey(k.substring(1))
                || CueLexicon.isCueForm(k.substring(1)) || EventLexicon.SCHEDULED_VERBS.contains(k.substring(1)));
    }

    /**
     * ل or ب attached to a noun with a possessive pronoun ("لمحاوره"، "لمستمعيها"، "هنأه بفوزه"): no name carries a
     * possessive.
     */
    private static boolean addressedWithPronoun(String text) {
        return text.length() >= 5 && (text.startsWith(PREPOSITION_LI) || text.startsWith(PREPOSITION_BI))
                && (text.endsWith(PRONOUN_HIS) || text.endsWith(PRONOUN_HER) || text.endsWith(PRONOUN_THEIR));
    }

    /**
     * ل before an imperfect verb ("ليرد الوزير"، "ليؤكد"، "ليعود ويؤكد"): a clause of purpose or result, no name; the
     * verb is a reporting or event verb or one of the `li-verb` words.
     */
    private static boolean liBeforeImperfect(String k) {
        if (k.length() < 4 || !k.startsWith(PREPOSITION_LI) || k.startsWith(PREPOSITION_LI_ON_ARTICLE)) {
            return false;
        }
        String verb = k.substring(1);
        return (verb.charAt(0) == 'ي' || verb.charAt(0) == 'ت')
                && (NameLexicon.LI_VERBS.contains(verb) || isImperfectVerb(verb) || WordShapes.isAgreeingVerb(verb));
    }

    /**
     * An imperfect reporting or meeting verb (يعبر، تنفي، يبحث، تستقبل): no given name has the shape of one, where some
     * participles are names (شاكر، ذاكر), so only the forms with the imperfect prefix are read as verbs here.
     */
    private static boolean isImperfectVerb(String k) {
        return k.length() >= 3 && (k.charAt(0) == 'ي' || k.charAt(0) == 'ت')
                && (CueLexicon.isCueForm(k) || EventLexicon.VERBS.containsKey(k));
    }

    /** Number of words of a lexicon institution written out at token i (its first word may carry ل), or 0. */
    private int institutionLength(int i, int limit) {
        String first = tokens.get(i).key();
        if (first.startsWith(PREPOSITION_LI_ON_ARTICLE)) {
            return institutionLength(articleAfterLi(first), i, limit);
        }
        // "الأمين العام لحزب الله": ل on an indefinite first word; "لبنان" keeps its own ل
        return Math.max(institutionLength(first, i, limit),
                first.startsWith(PREPOSITION_LI) && first.length() > 3 ? institutionLength(first.substring(1), i, limit) : 0);
    }

    private int institutionLength(String first, int i, int limit) {
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

    /**
     * A definite word after a given name, right before a comma, mark, complementizer or cue, that is no particle,
     * time word, institution, common noun, title complement ("يوسف الأمين العام"), reporting word ("وجدد حداد التأكيد أن") or event noun: the
     * clause closes after it, so it names the person.
     */
    private boolean closesNameClause(Token t, String k, int next, int limit) {
        return (closesClause(next, limit) || CueLexicon.cue(tokens.get(next)) != null) && !NameLexicon.isStop(t)
                && (NameLexicon.TITLE_HEADS.contains(k) || !parser.isLexiconWord(k)) // "أما الحكومة فاعتبرت": a body
                && !NameLexicon.COMMON_NOUNS.contains(k) && !NameLexicon.TITLE_CONTINUATIONS.contains(k) && CueLexicon.cue(t) == null
                && CueLexicon.verbalNoun(t) == null && !EventLexicon.TRIGGERS.containsKey(k);
    }

    /**
     * A definite word alone in a subject's place, right before a complementizer, a comma, a mark or a preposition the
     * cue may govern ("وأكد الصفدي أن"، "وشدد الصفدي على"), that the lexicons do not know as anything else and that has
     * no feminine ending ("وأوضحت الدراسة أن" is a document): the family name of someone the article named in full
     * in a way the parser did not read. A nisba family name has the shape of a nationality adjective, and a bare
     * nationality in a subject's place is a person too ("وقال الإيطالي إن", the coach).
     */
    private boolean loneFamilyName(Token t, String k, int next, int limit) {
        if (!definite(t, k) || !t.key().equals(t.bare()) || k.endsWith(TA_MARBUTA_KEY) || k.length() < 5 || next >= limit
                || WordShapes.looksLikeVerbalNoun(k.substring(2)) || NameLexicon.TITLE_HEADS.contains(k)
                || EventLexicon.PAIR_WORDS.contains(k) || GrammarWords.COLLECTIVE_SPEAKERS.contains(k) || NameLexicon.INSTITUTION_HEADS.contains(k)
                || NameLexicon.INSTITUTIONS.containsKey(k)) {
            return false;
        }
        if (NameLexicon.isStateNationality(k) && next >= 2 && tokens.get(next - 2).word()
                && CueLexicon.cue(tokens.get(next - 2)) == null && !NameLexicon.isStop(tokens.get(next - 2))) {
            return false; // "وقال وزير الخارجية الأردني، الدكتور فلان،": the adjective of the title before it
        }
        Token after = tokens.get(next);
        boolean closes = closesNameClause(t, k, next, limit)
                || (after.word() && GrammarWords.PREPOSITIONS.contains(after.key()) && CueLexicon.cue(after) == null)
                || (after.word() && GrammarWords.OCCASION_OPENERS.contains(after.key())); // "وأضاف النعيمي خلال"
        return closes && !isNotAName(t, k, true);
    }


    /**
     * A title whose words name its state is complete ("أمير دولة قطر"، "وزير خارجية مصر"، "الرئيس المصري"): a title
     * with ل after it (`k`) is whom the holder spoke to ("للرئيس الأمريكي"، "لنظيره"), where after a title naming
     * no state it is still part of it ("المستشار الإعلامي للرئيس").
     */
    /**
     * A title whose head takes a لـ complement ({@code li-complement} in titles.tsv) runs on over لـ on an indefinite
     * noun and its definite genitive: "المبعوث الأمريكي لعملية السلام فلان". Not a medium, a counterpart or another
     * title after لـ, whom the words are told ("قال المبعوث لنظيره الروسي"، "لصحيفة الحياة").
     */
    private boolean liComplement(int i, int end, int limit) {
        String k = tokens.get(end).key();
        if (end + 1 >= limit || !tokens.get(end + 1).word() || !k.startsWith(PREPOSITION_LI) || k.startsWith(PREPOSITION_LI_ON_ARTICLE)
                || !tokens.get(end + 1).key().startsWith(ARTICLE)
                || !NameLexicon.LI_COMPLEMENT_HEADS.contains(tokens.get(i).key())) {
            return false;
        }
        String noun = k.substring(1);
        return noun.length() >= 3 && !NounPhraseParser.ACCREDITED_TO.contains(k) // "لدى الأمم المتحدة" is where he is posted
                && !NameLexicon.MEDIA_HEADS.contains(noun) && !NameLexicon.TITLE_HEADS.contains(noun)
                && !NameLexicon.isCounterpart(noun) && !NameLexicon.INSTITUTIONS.containsKey(noun);
    }

    private boolean addresseeAfterItsState(int i, int end, String k) {
        String addressee = k.startsWith(PREPOSITION_LI_ON_ARTICLE) ? articleAfterLi(k)
                : k.startsWith(PREPOSITION_LI) ? k.substring(1) : null;
        if (addressee == null || !(NameLexicon.TITLE_HEADS.contains(addressee) || NameLexicon.isCounterpart(addressee))) {
            return false;
        }
        for (int p = i + 1; p < end; p++) {
            String w = tokens.get(p).key();
            String state = NameLexicon.INSTITUTIONS.get(w);
            if (NameLexicon.isStateNationality(w) || (state != null && NameLexicon.isState(state))) {
                return true;
            }
        }
        return false;
    }

    /** "عادل الجبير"، "بشار الأسد": a definite second word closing a name, not an adjective or a verbal noun. */
    private boolean isFamilyName(String k, int at, int limit) {
        if (NAME_FINAL_WORDS.contains(k)) {
            return true;
        }
        return familyNameShape(k) && (isBoundary(at + 1, limit) || (tokens.get(at + 1).word()
                && (isNotAName(tokens.get(at + 1), tokens.get(at + 1).key(), true)
                        // "نظيره الأردني فادي الحداد بحثا خلاله": the verb agreeing with the two parties
                        || WordShapes.isAgreeingVerb(tokens.get(at + 1).bare()))));
    }

    /**
     * A word written with its nunation ("معلقاً"، "مؤكداً"، "نصٌّ"): news writes the tanween on adverbs and objects, never
     * on a person's name.
     */
    private static boolean writtenWithNunation(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= FATHATAN && c <= KASRATAN) {
                return true;
            }
        }
        return false;
    }

    private static final char FATHATAN = '\u064B';
    private static final char KASRATAN = '\u064D';

    /** A definite word that may be a family name: no particle, lexicon word, title word, event word or verbal noun. */
    private boolean familyNameShape(String k) {
        String stem = k.substring(2);
        // a frequent noun with its article is no family name: "بحث مع الرئيس فادي منصور العلاقات الثنائية"
        return !NameLexicon.STOP.contains(k) && !parser.isLexiconWord(k) && !NameLexicon.TITLE_CONTINUATIONS.contains(k)
                && !NameLexicon.COMMON_NOUNS.contains(stem)
                && !EventLexicon.TRIGGERS.containsKey(k) && !WordShapes.looksLikeVerbalNoun(stem)
                && (!stem.startsWith(PATTERN_TA) || WordShapes.isNisba(stem));
    }

    /**
     * The naming at i follows a definite title ("الرئيس"، "الوزير", or its dual), an honorific or a courtesy title: a holder's name
     * is expected there. After an indefinite construct head ("رئيس وزراء") its complement comes first.
     */
    private boolean afterTitle(int i) {
        Token before = i > 0 ? tokens.get(i - 1) : null;
        return before != null && before.word() && (isTitleHead(before) && before.bare().startsWith(ARTICLE) || isHonorific(before)
                || NameLexicon.DEFINITE_DUAL_TITLES.contains(before.key())); // "الوزيران سالم حداد وفادي منصور"
    }


    private static final List<String> MASCULINE_PLURAL_ENDINGS = List.of(MASCULINE_PLURAL_OBLIQUE, MASCULINE_PLURAL);

    /** "الأردنيين"، "المصريون": a nationality in the masculine plural, after a plural complement ("وشؤون المغتربين الأردنيين"). */
    private static boolean pluralNationality(String k) {
        for (String ending : MASCULINE_PLURAL_ENDINGS) {
            if (k.endsWith(NISBA + ending) && NameLexicon.nationality(k.substring(0, k.length() - ending.length())) != null) {
                return true;
            }
        }
        return false;
    }

    /** Indefinite heads whose next word is their complement, never a name: "وزير خارجية"، "رئيس وزراء". */
    private static final Set<String> CONSTRUCT_HEADS = LexiconFile.withFlag("titles.tsv", "construct");

    /** "وزير" begins with و, so its key as written is tried before the key without a conjunction. */
    private static boolean isConstructHead(Token t) {
        return CONSTRUCT_HEADS.contains(t.key()) || CONSTRUCT_HEADS.contains(t.bare());
    }

    /** Whether an on-behalf word ("باسم") stands in [from, to). */
    private boolean spokeOnBehalf(int from, int to) {
        for (int k = from; k < to; k++) {
            if (ON_BEHALF.contains(tokens.get(k).key())) {
                return true;
            }
        }
        return false;
    }

    /** "أول"، "ركن"، "بحري": words of a military rank after its courtesy title ("الفريق أول ركن"). */
    private static final Set<String> RANK_COMPLEMENTS = LexiconFile.words("name-markers.tsv", "rank-complement");

    /** "باسم" in a title ("المتحدث باسم الرئاسة"): its next word is its complement. */
    private static final Set<String> ON_BEHALF = LexiconFile.words("name-markers.tsv", "on-behalf");

    /** "في" before where a title's holder is posted ("السفير السعودي في واشنطن عادل الجبير"). */
    private static final Set<String> POSTED_IN = LexiconFile.words("name-markers.tsv", "posted-in");
    private static final Set<String> REPRESENTS = LexiconFile.words("name-markers.tsv", "represents");

    private static final Set<String> NAME_FINAL_WORDS = LexiconFile.withFlag("name-parts.tsv", "final");

    /** The second word of a regnal ordinal from eleven on ("السادس عشر"). */
    private static final Set<String> ORDINAL_TEENS = LexiconFile.withFlag("name-parts.tsv", "teen");


    /**
     * A comma, mark or complementizer (or the end) right after a word: a third name before it is a family name
     * ("أحمد سمارة الزعبي إن"), where a time word or a clause would go on ("أحمد سمارة الأسبوع الماضي").
     */
    /**
     * "صباح الأحمد الجابر الصباح،": after a given name, father's, grandfather's and family names each with the article,
     * up to {@code left} of them, ending where the clause does (a comma, a mark, a complementizer, "و" with the next
     * title); each one no word the lexicons know and not the shape of a verbal noun, so "الوزير سالم الحداد الجديد"
     * stops at the adjective's turn.
     */
    private boolean definiteChainCloses(int i, int limit, int left) {
        if (left == 0 || i >= limit || !tokens.get(i).word()) {
            return false;
        }
        String k = tokens.get(i).key();
        if (!definite(tokens.get(i), k) || k.length() < 5 || !familyNameShape(k) || NameLexicon.isStateNationality(k)) {
            return false;
        }
        return closesClause(i + 1, limit) || joinsNextNaming(i + 1, limit) || reportingNounAt(i + 1, limit)
                || definiteChainCloses(i + 1, limit, left - 1);
    }

    /** "جدد الطيب الفاسي الفهري التأكيد على": the noun of saying the subject's verb takes as object ends his name. */
    private boolean reportingNounAt(int i, int limit) {
        return i < limit && tokens.get(i).word() && CueLexicon.verbalNoun(tokens.get(i)) != null;
    }

    /** "... الجابر الصباح والعاهل السعودي": و with a title head opens the next person's naming. */
    private boolean joinsNextNaming(int i, int limit) {
        if (i >= limit || !tokens.get(i).word()) {
            return false;
        }
        String k = tokens.get(i).key();
        return k.startsWith(CONJUNCTION_WA) && NameLexicon.TITLE_HEADS.contains(k.substring(1));
    }

    private boolean closesClause(int i, int limit) {
        return i >= limit || !tokens.get(i).word() || CueLexicon.isComplementizer(tokens.get(i));
    }

    private boolean isBoundary(int i, int limit) {
        if (i >= limit) {
            return true;
        }
        Token t = tokens.get(i);
        return !t.word() || NameLexicon.isStop(t) || CueLexicon.isComplementizer(t)
                || t.key().startsWith(PREPOSITION_LI) || NameLexicon.TITLE_HEADS.contains(t.key()); // "ألان لي روي الأمين العام"
    }
}
