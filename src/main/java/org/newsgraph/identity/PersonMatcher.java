package org.newsgraph.identity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.newsgraph.extraction.ExtractedPerson;
import org.newsgraph.extraction.lexicon.NameLexicon;
import org.newsgraph.extraction.names.PersonRegistry;
import org.newsgraph.text.ArabicNormalizer;

/**
 * Cross-article identity of people: one Person for every spelling of a name. Compares personal names by match key,
 * by skeleton (spelling variants) and by edit distance, token by token; a surname alone may match a full name.
 * Never merges on a first name alone or on a title alone (titles change hands), and anonymous sources and
 * institutions only match their own kind.
 */
public final class PersonMatcher {

    private static final double AMBIGUITY_MARGIN = 0.05;

    /** Normalised name tokens to index people by: match keys and skeletons of the name's personal words. */
    public static Set<String> tokens(String name) {
        Set<String> out = new LinkedHashSet<>();
        // the words as written and with "عبد"/"أبو" joined: "عبد الفتاح" and "عبدالفتاح" meet on "عبدالفتاح"
        Set<String> words = new LinkedHashSet<>(List.of(ArabicNormalizer.matchKey(name).split(" ")));
        words.addAll(List.of(ArabicNormalizer.nameKey(name).split(" ")));
        for (String word : words) {
            if (word.length() < 2 || NameLexicon.TITLE_HEADS.contains(word) || NameLexicon.STOP.contains(word)
                    || isOffice(word) || NameLexicon.isStateNationality(word)) {
                // a state's adjective says nothing of who it is; a family name of the same shape ("السيسي"،
                // "الحريري") is the most telling word of a name
                continue;
            }
            out.add(word);
            out.add(ArabicNormalizer.skeleton(word));
        }
        return out;
    }

    public Optional<Match> match(ExtractedPerson person, Collection<KnownPerson> candidates) {
        Match best = null;
        Match second = null;
        for (KnownPerson c : candidates) {
            if (c.kind() != person.kind()) {
                continue;
            }
            Match m = switch (person.kind()) {
                case PERSON -> personal(person, c);
                case INSTITUTION -> sameForm(person, c, 0.95, "same-institution");
                case ANONYMOUS -> sameForm(person, c, 0.6, "same-anonymous-source");
            };
            if (m == null) {
                continue;
            }
            if (best == null || m.confidence() > best.confidence()) {
                second = best;
                best = m;
            } else if (second == null || m.confidence() > second.confidence()) {
                second = m;
            }
        }
        if (best != null && second != null && best.confidence() - second.confidence() < AMBIGUITY_MARGIN
                && best.confidence() < 0.9) {
            return Optional.empty(); // two people fit a bare surname equally well: do not guess
        }
        return Optional.ofNullable(best);
    }

    private static Match sameForm(ExtractedPerson person, KnownPerson c, double confidence, String rule) {
        Set<String> mine = keys(person.name(), person.aliases());
        for (String k : keys(c.name(), c.aliases())) {
            if (mine.contains(k)) {
                return new Match(c.id(), confidence, rule);
            }
        }
        return null;
    }

    private static Match personal(ExtractedPerson person, KnownPerson c) {
        List<String[]> mine = personalNames(person.name(), person.aliases());
        List<String[]> theirs = personalNames(c.name(), c.aliases());
        Match best = null;
        for (String[] a : mine) {
            for (String[] b : theirs) {
                Match m = compare(a, b, c.id());
                if (m != null && m.confidence() < 0) {
                    return null; // same surname, different first name: another person
                }
                if (m != null && (best == null || m.confidence() > best.confidence())) {
                    best = m;
                }
            }
        }
        return best;
    }

    /** A match, null for no evidence, or a negative confidence for evidence of two different people. */
    private static Match compare(String[] a, String[] b, long id) {
        if (a.length >= 2 && b.length >= 2) {
            if (String.join(" ", a).equals(String.join(" ", b))) {
                return new Match(id, 0.97, "exact-name");
            }
            if (PersonRegistry.isLineagePrefix(a, b) || PersonRegistry.isLineagePrefix(b, a)) {
                return new Match(id, 0.85, "lineage-prefix");
            }
            if (PersonRegistry.isFatherWithArticle(a, b) || PersonRegistry.isFatherWithArticle(b, a)) {
                return new Match(id, 0.85, "father-with-article"); // "أحمد الناصر"، "أحمد ناصر المحمد الصباح"
            }
            if (!similar(a[a.length - 1], b[b.length - 1])) {
                return null;
            }
            if (PersonRegistry.isSuffix(a, b) || PersonRegistry.isSuffix(b, a)) {
                return new Match(id, 0.85, "name-suffix");
            }
            if (!similar(a[0], b[0])) {
                return new Match(id, -1, "different-first-name");
            }
            return new Match(id, 0.9, "spelling-variant");
        }
        if (a.length == 1 && b.length == 1) {
            return similar(a[0], b[0]) && a[0].length() >= 4 ? new Match(id, 0.65, "same-single-name") : null;
        }
        String[] single = a.length == 1 ? a : b;
        String[] full = a.length == 1 ? b : a;
        return similar(single[0], full[full.length - 1]) ? new Match(id, 0.75, "surname") : null;
    }

    /** Same word up to spelling: same skeleton, or one edit apart for longer words. */
    static boolean similar(String x, String y) {
        if (x.equals(y)) {
            return true;
        }
        if (ArabicNormalizer.skeleton(x).equals(ArabicNormalizer.skeleton(y))) {
            return true;
        }
        return Math.min(x.length(), y.length()) >= 5 && editDistance(x, y) <= 1;
    }

    private static int editDistance(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) {
            return 2;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /**
     * The personal names among a name and its aliases, as match-key words: the title a name is written after is left
     * out ("الرئيس السيسي" is "السيسي"), and a form that is only a title ("الرئيس الفرنسي"، "وزير الخارجية") is none.
     */
    private static List<String[]> personalNames(String name, Collection<String> aliases) {
        List<String[]> out = new ArrayList<>();
        for (String form : keys(name, aliases)) {
            String[] words = form.split(" ");
            int first = 0;
            while (first < words.length && NameLexicon.TITLE_HEADS.contains(words[first])) {
                first++;
            }
            if (first == words.length || words[first].isEmpty() || NameLexicon.INSTITUTIONS.containsKey(form)
                    || isOffice(words[first]) || NameLexicon.isStateNationality(words[first])) {
                continue;
            }
            if (first > 0 && NameLexicon.CONSTRUCT_TITLES.contains(words[first - 1])
                    && !NameLexicon.NAME_OR_TITLE.contains(words[first - 1])) {
                continue; // "وزير الشؤون الخارجية والتعاون": the words after an indefinite head are its office, no name
            }
            out.add(Arrays.copyOfRange(words, first, words.length));
        }
        return out;
    }

    /**
     * A word of an office or body after a title ("رئيس الجمهورية"، "رئيس الحكومة"، "وزير الخارجية"): every country has
     * a holder of it, so it tells nobody apart.
     */
    private static boolean isOffice(String word) {
        return NameLexicon.TITLE_CONTINUATIONS.contains(word) || NameLexicon.INSTITUTION_HEADS.contains(word);
    }

    private static Set<String> keys(String name, Collection<String> aliases) {
        Set<String> out = new LinkedHashSet<>();
        if (name != null) {
            out.add(ArabicNormalizer.nameKey(name));
        }
        if (aliases != null) {
            for (String a : aliases) {
                out.add(ArabicNormalizer.nameKey(a));
            }
        }
        out.remove("");
        return out;
    }
}
