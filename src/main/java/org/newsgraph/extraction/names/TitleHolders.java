package org.newsgraph.extraction.names;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.newsgraph.extraction.lexicon.Affixes;
import org.newsgraph.extraction.lexicon.NameLexicon;
import org.newsgraph.kinds.PersonKind;
import org.newsgraph.text.ArabicNormalizer;
import org.newsgraph.text.LexiconFile;

/**
 * Who holds a title in one article: a full title ("وزير الخارجية الأمريكي"), a shortened one ("الوزير الأمريكي"), a
 * bare head ("الوزير") or an official of a nation ("المسؤول الإيراني") resolve to the holder named last before them.
 */
final class TitleHolders {

    private final List<PersonRegistry.Entry> entries;

    TitleHolders(List<PersonRegistry.Entry> entries) {
        this.entries = entries;
    }

    /**
     * "المسؤول الإيراني" with no unnamed Iranian source before it: the named official of that nation the text spoke
     * of last ("مساعد وزير الخارجية الإيراني حسين أمير عبد اللهيان").
     */
    PersonRegistry.Entry namedOfficial(NounPhrase np) {
        String[] words = ArabicNormalizer.matchKey(np.name()).split(" ");
        String nation = np.key().substring(np.key().indexOf(':') + 1);
        if (words.length != 2 || !NameLexicon.ANONYMOUS_ANAPHORS.contains(words[0]) || nation.isEmpty()) {
            return null;
        }
        for (PersonRegistry.Entry e : entries) {
            if (e.kind == PersonKind.ANONYMOUS && e.key.equals(np.key())) {
                return null;
            }
        }
        List<PersonRegistry.Entry> officials = new ArrayList<>();
        for (PersonRegistry.Entry e : entries) {
            for (String[] tw : e.titleWords) {
                // "قال المسؤول الأميركي": a minister or envoy of that nation, not its head of state ("الرئيس الأميركي")
                if (e.kind == PersonKind.PERSON && hasNationality(tw, nation)
                        && !(tw.length == 2 && NameLexicon.LEADER_HEADS.contains(tw[0]))) {
                    officials.add(e);
                    break;
                }
            }
        }
        return latestBefore(officials, np.from());
    }


    /** A person already holding this title; leader titles with a nationality match any leader of that nation. */
    PersonRegistry.Entry byTitle(String title, boolean unnamedOnly, int at) {
        String key = ArabicNormalizer.skeleton(title);
        String[] words = ArabicNormalizer.matchKey(title).split(" ");
        String nation = words.length == 2 && NameLexicon.LEADER_HEADS.contains(words[0])
                ? NameLexicon.nationality(words[1]) : null;
        for (PersonRegistry.Entry e : entries) {
            if (e.kind != PersonKind.PERSON || (unnamedOnly && e.name != null)) {
                continue;
            }
            if (e.titleSkeletons.contains(key)) {
                return e;
            }
        }
        if (nation != null) {
            for (PersonRegistry.Entry e : entries) {
                if (e.kind != PersonKind.PERSON || (unnamedOnly && e.name != null)) {
                    continue;
                }
                for (String[] tw : e.titleWords) {
                    if (tw.length >= 2 && NameLexicon.LEADER_HEADS.contains(tw[0])
                            && nation.equals(NameLexicon.nationality(tw[tw.length - 1]))) {
                        return e;
                    }
                }
            }
        }
        return unnamedOnly ? null : byShortTitle(words, at);
    }

    /**
     * A shortened title that fits one person only: its first words ("المبعوث الأممي" for "المبعوث الأممي الخاص
     * للشرق الأوسط"), its construct with the article ("ولي العهد" for "ولي عهد الإمارة"), or its head and nationality ("الوزير الأمريكي" for "وزير الخارجية الأمريكي"; "نظيره
     * المصري" for whoever holds an Egyptian title; and back, "الوزير السنغالي" for "نظيره السنغالي" when no one else fits,
     * and "وزير الخارجية الأمريكي" for "نظيره الأمريكي" when the article names another state's "وزير الخارجية").
     */
    PersonRegistry.Entry byShortTitle(String[] words, int at) {
        String nation = words.length == 2 ? NameLexicon.nationality(words[1]) : null;
        String head = indefinite(words[0]);
        boolean counterpart = NameLexicon.isCounterpart(head);
        List<PersonRegistry.Entry> fitting = new ArrayList<>();
        List<PersonRegistry.Entry> counterparts = new ArrayList<>();
        List<String> office = words.length >= 3 ? officeKey(words) : null;
        String[] withoutItsSpecial = withoutSpecial(words);
        // "وزير الخارجية الأمريكي" for "نظيره الأمريكي" when another state's "وزير الخارجية" is in the article: a
        // counterpart holds the office of the one whose counterpart he is
        String officeNation = words.length >= 3 ? NameLexicon.nationality(words[words.length - 1]) : null;
        String[] officeWithoutNation = officeNation == null ? null : Arrays.copyOf(words, words.length - 1);
        boolean officeHeldElsewhere = false;
        for (PersonRegistry.Entry e : entries) {
            if (e.kind != PersonKind.PERSON) {
                continue;
            }
            boolean fits = false;
            for (String[] tw : e.titleWords) {
                String counterpartNation = !counterpart && tw.length == 2 && NameLexicon.isCounterpart(tw[0])
                        ? NameLexicon.nationality(tw[1]) : null;
                if (counterpartNation != null && (counterpartNation.equals(nation) || counterpartNation.equals(officeNation))) {
                    counterparts.add(e); // "الوزير السنغالي" for "نظيره السنغالي", when nobody else has that title
                }
                officeHeldElsewhere |= officeWithoutNation != null && tw.length == words.length
                        && Arrays.equals(officeWithoutNation, Arrays.copyOf(tw, tw.length - 1))
                        && !officeNation.equals(NameLexicon.nationality(tw[tw.length - 1]));
                boolean prefix = tw.length > words.length && Arrays.equals(words, Arrays.copyOf(tw, words.length));
                boolean sameNation = nation != null && tw.length >= 2 && hasNationality(tw, nation)
                        && (counterpart || head.equals(indefinite(tw[0])));
                // "ولي العهد" for "ولي عهد الإمارة"، "وزير الخارجية" for "وزير خارجية الأردن": the article stands
                // for the complement the full title gives
                boolean construct = words.length == 2 && tw.length > 2 && words[1].startsWith(Affixes.ARTICLE)
                        && head.equals(indefinite(tw[0])) && indefinite(words[1]).equals(tw[1]);
                fits |= prefix || sameNation || construct || shortenedComplement(words, tw)
                        || shortenedComplement(withoutItsSpecial, withoutSpecial(tw))
                        || (office != null && tw.length >= 3 && office.equals(officeKey(tw)))
                        || sameOfficeOfState(words, tw) || sameOfficeOfState(tw, words);
            }
            if (fits) {
                fitting.add(e);
            }
        }
        if (fitting.isEmpty() && (nation != null || officeHeldElsewhere)) {
            fitting = counterparts;
        }
        return fitting.size() == 1 ? fitting.get(0) : latestBefore(fitting, at);
    }

    /**
     * A title's words without articles and attached لـ, each body of the lexicon under its canonical name: one office
     * written as a construct or with the article and a لـ complement ("أمين عام الجامعة العربية" for "الأمين العام
     * لجامعة الدول العربية") has one key.
     */
    private static List<String> officeKey(String[] words) {
        String[] bare = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            bare[i] = w.startsWith(Affixes.PREPOSITION_LI_ON_ARTICLE) ? Affixes.articleAfterLi(w)
                    : i > 0 && w.startsWith(Affixes.PREPOSITION_LI) && w.length() > 3 ? w.substring(Affixes.PREPOSITION_LI.length()) : w;
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < bare.length; i++) {
            int taken = 0;
            String body = null;
            StringBuilder phrase = new StringBuilder();
            for (int j = i; j < Math.min(bare.length, i + 4); j++) {
                phrase.append(j > i ? " " : "").append(bare[j]);
                String canonical = NameLexicon.INSTITUTIONS.get(phrase.toString());
                if (canonical != null) {
                    taken = j - i + 1;
                    body = ArabicNormalizer.matchKey(canonical);
                }
            }
            for (String w : body != null ? body.split(" ") : new String[] {bare[i]}) {
                out.add(Affixes.withoutArticle(w));
            }
            i += Math.max(1, taken) - 1;
        }
        return out;
    }

    /**
     * "متحدث الوزراء" or "متحدث مجلس الوزراء" for "المتحدث الرسمي باسم رئاسة مجلس الوزراء"، "المتحدث باسم الخارجية
     * التركية" for "المتحدث باسم وزارة الخارجية التركية": the same head, with or without its article, and only words
     * of the full title after it, fewer of them.
     */
    private static boolean shortenedComplement(String[] words, String[] full) {
        if (words.length < 2 || full.length <= words.length) {
            return false;
        }
        // the head may also open the second of two titles held together ("وزير الدولة لشؤون الإعلام الناطق باسم
        // الحكومة": "الناطق باسم الحكومة")
        for (int head = 0; head + words.length <= full.length; head++) {
            if (indefinite(words[0]).equals(indefinite(full[head])) && wordsInOrder(words, full, head + 1)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "وزير الخارجية الأردني" for "وزير خارجية الأردن": one office of one state, its complement definite with the
     * state's adjective, or indefinite with the state's name.
     */
    private static boolean sameOfficeOfState(String[] withAdjective, String[] withState) {
        if (withAdjective.length != 3 || withState.length != 3 || !withAdjective[1].startsWith(Affixes.ARTICLE)
                || withState[1].startsWith(Affixes.ARTICLE) || !indefinite(withAdjective[0]).equals(indefinite(withState[0]))
                || !indefinite(withAdjective[1]).equals(withState[1])) {
            return false;
        }
        String nation = NameLexicon.nationality(withAdjective[2]);
        return nation != null && nation.equals(NameLexicon.stateStem(withState[2]));
    }

    /**
     * A title without "الخاص"/"الشخصي", which outlets add or leave out at will ("المبعوث الخاص لليمن" and "المبعوث
     * الأممي لليمن" for "المبعوث الأممي الخاص لليمن"); the other words still tell a UN envoy from a state's.
     */
    private static String[] withoutSpecial(String[] words) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            if (i == 0 || !SPECIAL.contains(words[i])) {
                out.add(words[i]);
            }
        }
        return out.toArray(new String[0]);
    }

    private static final java.util.Set<String> SPECIAL = LexiconFile.words("name-markers.tsv", "special");

    /** The words after the short title's head, in the full title's order from {@code from}. */
    private static boolean wordsInOrder(String[] words, String[] full, int from) {
        int k = from;
        for (int w = 1; w < words.length; w++) {
            while (k < full.length && !indefinite(full[k]).equals(indefinite(words[w]))) {
                k++; // "الخارجية التركية" is read in "وزارة الخارجية التركية"
            }
            if (k == full.length) {
                return false;
            }
            k++;
        }
        return true;
    }

    private static boolean hasNationality(String[] titleWords, String nation) {
        for (int k = 1; k < titleWords.length; k++) {
            if (nation.equals(NameLexicon.nationality(titleWords[k]))) {
                return true;
            }
        }
        return false;
    }

    /** Of several people a short title fits, the one named last before it: the one the text is speaking of. */
    static PersonRegistry.Entry latestBefore(List<PersonRegistry.Entry> candidates, int at) {
        PersonRegistry.Entry best = null;
        int bestAt = -1;
        for (PersonRegistry.Entry e : candidates) {
            Integer named = e.namedAt.lower(at);
            if (named != null && named > bestAt) {
                best = e;
                bestAt = named;
            }
        }
        return best;
    }

    /** A title word without its article: "الوزير" and "وزير" are one head. */
    static String indefinite(String key) {
        return Affixes.withoutArticle(key);
    }

    /** "الوزير" alone at token {@code at}: the person with a title of that head named last before it. */
    PersonRegistry.Entry byTitleHead(String title, int at) {
        String head = indefinite(ArabicNormalizer.matchKey(title));
        List<PersonRegistry.Entry> holders = new ArrayList<>();
        List<PersonRegistry.Entry> calledSo = new ArrayList<>();
        for (PersonRegistry.Entry e : entries) {
            if (e.kind != PersonKind.PERSON) {
                continue;
            }
            for (String[] tw : e.titleWords) {
                if (indefinite(tw[0]).equals(head)) {
                    holders.add(e);
                    break;
                }
            }
            for (String[] tw : e.titleWords) {
                if (tw.length == 1 && indefinite(tw[0]).equals(head)) {
                    calledSo.add(e);
                    break;
                }
            }
        }
        // "الرئيس فلان" ... "الرئيس القبرصي فلان" ... "وأكد الرئيس": the bare title is whom the article calls so, the
        // guest being named with his nation
        PersonRegistry.Entry bare = latestBefore(calledSo, at);
        return bare != null ? bare : latestBefore(holders, at);
    }

}
