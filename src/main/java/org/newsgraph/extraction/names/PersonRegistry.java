package org.newsgraph.extraction.names;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.newsgraph.extraction.lexicon.Affixes;
import org.newsgraph.extraction.lexicon.NameLexicon;
import org.newsgraph.kinds.PersonKind;
import org.newsgraph.text.ArabicNormalizer;
import org.newsgraph.text.LexiconFile;

/**
 * The people of one article. Resolves each naming to one person: full names, surnames, titles that point at a
 * named person ("الرئيس الروسي"، "نظيره الأميركي"), institutions by their canonical name and anonymous sources by
 * the kind of source.
 */
public final class PersonRegistry {

    /** One person being built. */
    public static final class Entry {
        public final int ref;
        public final PersonKind kind;
        final String key;
        String name;
        public String role;
        public String roleSource;
        final Set<String> titles = new LinkedHashSet<>();
        /** The titles as match-key words and as skeletons, kept with them: every naming of a title compares them. */
        final List<String[]> titleWords = new ArrayList<>();
        final Set<String> titleSkeletons = new HashSet<>();
        public final Set<String> aliases = new LinkedHashSet<>();
        /** Token indexes where a name or a full title names this person: a bare title refers back to the latest. */
        final TreeSet<Integer> namedAt = new TreeSet<>();
        /** The gender its titles show (الوزير / الوزيرة), null when none does. */
        public Boolean feminine;
        /** Several people ("مسؤولون"، "قادة التحالف"): a singular verb does not stand for them. */
        public boolean plural;
        /** a plural of things ("مصادر"), which takes a feminine singular verb */
        public boolean pluralOfThings;

        Entry(int ref, PersonKind kind, String key) {
            this.ref = ref;
            this.kind = kind;
            this.key = key;
        }

        private String tokensOf;
        private String[] nameTokens = new String[0];

        /** Skeleton words of the name, computed again only when the name changes: every naming compares them. */
        String[] nameTokens() {
            if (name != null && !name.equals(tokensOf)) {
                nameTokens = ArabicNormalizer.skeletonOfKey(ArabicNormalizer.nameKey(name)).split(" ");
                tokensOf = name;
            }
            return nameTokens;
        }

        public String displayName() {
            return name != null ? name : titles.isEmpty() ? aliases.iterator().next() : titles.iterator().next();
        }
    }

    private final List<Entry> entries = new ArrayList<>();
    private final TitleHolders titles = new TitleHolders(entries);
    private final Set<String> nameKeys = new HashSet<>();
    private final Set<String> nameSkeletons = new HashSet<>();
    private final Set<String> surnameKeys = new HashSet<>();
    private final Set<String> givenNameKeys = new HashSet<>();
    private final java.util.Map<String, String> skeletons = new java.util.HashMap<>();
    private Entry lastAnonymous;
    private boolean speaker;

    /** True when the match key is the first word of a full name seen in this article ("جورجيا" of "جورجيا ميلوني"). */
    boolean isKnownGivenName(String key) {
        return givenNameKeys.contains(key);
    }

    /** True when the match key is the last word of a full name seen in this article ("لافروف"). */
    boolean isKnownSurname(String key) {
        return surnameKeys.contains(key) || (fuzzy(key) && surnameKeys.contains(skeletonOf(key)));
    }

    /**
     * A body by its name, or a bare head ("الوزارة") by the body of that head named last; a speaker's bare head with
     * no body named before ("وقالت النقابة إن") is the body known by its head alone.
     */
    private Entry institution(NounPhrase np) {
        Entry named = np.key() == null ? null : institutionByHead(np.key());
        return named != null || (np.key() != null && !speaker) ? named
                : byKey(PersonKind.INSTITUTION, ArabicNormalizer.matchKey(np.name()));
    }

    /**
     * The institution whose name starts with this head ("مكتب" for "مكتب رئيس الوزراء"), or with a naming whose
     * canonical name does ("الخارجية الروسية" is a وزارة), that the article named last, or null: "وأضاف المكتب"،
     * "وقالت الوزارة" refer back to it.
     */
    private Entry institutionByHead(String head) {
        for (int n = entries.size() - 1; n >= 0; n--) {
            Entry e = entries.get(n);
            if (e.kind == PersonKind.INSTITUTION && e.name != null) {
                String first = ArabicNormalizer.matchKey(e.name).split(" ")[0];
                String canonical = NameLexicon.INSTITUTIONS.get(first);
                String canonicalFirst = canonical == null ? null : ArabicNormalizer.matchKey(canonical).split(" ")[0];
                if (first.equals(head) || first.equals(Affixes.ARTICLE + head) || head.equals(canonicalFirst)) {
                    return e;
                }
            }
        }
        return null;
    }

    /**
     * The institution named last whose name starts with this head with or without the article ("بيان" for "البيان
     * الختامي للقمة العربية"), or null; creates nothing.
     */
    public Entry lastByHead(String head) {
        return institutionByHead(head);
    }

    /** True when the match key is a word of a name already seen in this article. */
    public boolean isKnownName(String key) {
        // spelling variants (بلينكين/بلينكن) meet on the skeleton; short words would collide with common ones
        return nameKeys.contains(key) || (fuzzy(key) && nameSkeletons.contains(skeletonOf(key)));
    }

    /** Skeletons of the article's words, computed once each: the parser asks about every word several times. */
    private String skeletonOf(String key) {
        return skeletons.computeIfAbsent(key, ArabicNormalizer::skeletonOfKey);
    }

    /** Only long transliterated words are compared by skeleton; short or definite words collide with common ones. */
    private static boolean fuzzy(String key) {
        return key.length() >= 5 && !key.startsWith(Affixes.ARTICLE);
    }

    List<Entry> entries() {
        return entries;
    }

    public Entry get(int ref) {
        return entries.get(ref);
    }

    /** The person a naming refers to, created when new; null for namings that cannot be resolved. */
    public Entry resolve(NounPhrase np, String text) {
        return resolve(np, text, false);
    }

    /**
     * As {@link #resolve(NounPhrase, String)}; a speaker named only by a bare title that fits nobody
     * ("وأوضح المتحدث") becomes a person of its own rather than nobody.
     */
    public Entry resolve(NounPhrase np, String text, boolean speaker) {
        this.speaker = speaker;
        if (np == null || np.kind() == null
                || np.name() != null && NameLexicon.LATTER.contains(ArabicNormalizer.matchKey(np.name()))) {
            return null; // "الأخير" is whoever was named last (the speaker stage finds him), nobody of that name
        }
        Entry e = switch (np.kind()) {
            case INSTITUTION -> institution(np);
            case ANONYMOUS -> anonymous(np);
            case PERSON -> person(np);
        };
        if (e == null) {
            return null;
        }
        if (np.kind() == PersonKind.PERSON && (np.name() != null || (np.title() != null && !isGeneric(np.title())))) {
            e.namedAt.add(np.from());
        }
        if (np.kind() == PersonKind.PERSON) {
            // "قادة التحالف" with no name: several people, whom "وأضافوا" stands for
            e.plural |= np.name() == null && np.title() != null
                    && NameLexicon.PLURAL_TITLES.contains(ArabicNormalizer.matchKey(np.title()).split(" ")[0]);
            learn(e, np, text);
        } else {
            if (e.name == null) {
                e.name = np.name();
            }
            addAlias(e, np.kind() == PersonKind.INSTITUTION ? np.title() : np.name());
            if (np.kind() == PersonKind.INSTITUTION) {
                addAlias(e, np.name());
            }
        }
        return e;
    }

    private Entry byKey(PersonKind kind, String key) {
        for (Entry e : entries) {
            if (e.kind == kind && e.key.equals(key)) {
                return e;
            }
        }
        return add(kind, key);
    }

    /**
     * "وأضاف المصدر"، "وأضاف ذات المصدر" before the article named any unnamed source: the source is whoever spoke last
     * ("بيان صادر عن الوزارة"), not a new one.
     */
    public boolean anaphorWithoutAntecedent(NounPhrase np) {
        return np.kind() == PersonKind.ANONYMOUS && isAnaphor(np) && lastAnonymous == null;
    }

    private static boolean isAnaphor(NounPhrase np) {
        return NameLexicon.ANONYMOUS_ANAPHORS.contains(ArabicNormalizer.matchKey(np.name())) && np.key().endsWith(":");
    }

    private Entry anonymous(NounPhrase np) {
        boolean anaphor = isAnaphor(np);
        if (anaphor && lastAnonymous != null) {
            return lastAnonymous;
        }
        Entry named = titles.namedOfficial(np);
        if (named != null) {
            return named;
        }
        Entry e = byKey(PersonKind.ANONYMOUS, np.key());
        String head = ArabicNormalizer.matchKey(np.name()).split(" ")[0];
        e.plural = NameLexicon.PLURAL_SOURCES.contains(head);
        e.pluralOfThings = NameLexicon.SOURCES_OF_THINGS.contains(head);
        lastAnonymous = e;
        return e;
    }

    private Entry person(NounPhrase np) {
        if (np.name() != null) {
            Entry e = byName(np.name());
            if (e == null && np.title() != null && !isGeneric(np.title())) {
                e = titles.byTitle(np.title(), true, np.from());
            }
            return e != null ? e : add(PersonKind.PERSON, "");
        }
        if (np.title() == null) {
            return null;
        }
        if (isGeneric(np.title())) {
            Entry holder = titles.byTitleHead(np.title(), np.from());
            return holder != null || !speaker ? holder : add(PersonKind.PERSON, ""); // an unnamed "المتحدث"
        }
        Entry e = titles.byTitle(np.title(), false, np.from());
        return e != null ? e : add(PersonKind.PERSON, "");
    }

    private Entry byName(String name) {
        String[] tokens = ArabicNormalizer.skeletonOfKey(ArabicNormalizer.nameKey(name)).split(" ");
        String last = tokens[tokens.length - 1];
        for (Entry e : entries) {
            if (e.kind != PersonKind.PERSON || e.name == null) {
                continue;
            }
            String[] other = e.nameTokens();
            if (!other[other.length - 1].equals(last)) {
                continue;
            }
            if (tokens.length == 1 || other.length == 1 || other[0].equals(tokens[0]) || isSuffix(tokens, other)
                    || isSuffix(other, tokens)) {
                return e;
            }
        }
        for (Entry e : entries) {
            if (e.kind == PersonKind.PERSON && e.name != null
                    && (isLineagePrefix(tokens, e.nameTokens()) || isLineagePrefix(e.nameTokens(), tokens))) {
                return e;
            }
        }
        for (Entry e : entries) {
            if (e.kind == PersonKind.PERSON && e.name != null
                    && (isFatherWithArticle(tokens, e.nameTokens()) || isFatherWithArticle(e.nameTokens(), tokens))) {
                return e;
            }
        }
        if (tokens.length >= 2 && REGNAL_ORDINALS.contains(tokens[1])) {
            // "الملك عبد الله" named first, "عبدالله الثاني بن الحسين" after: the king's given name and his ordinal
            for (Entry e : entries) {
                if (e.kind == PersonKind.PERSON && e.name != null && e.nameTokens().length == 1
                        && e.nameTokens()[0].equals(tokens[0])) {
                    return e;
                }
            }
        }
        return tokens.length == 1 ? byGivenName(tokens[0]) : null;
    }

    /** The words that end a ruler's name after his given name ("الثاني"، "السادس"), as name skeletons. */
    private static final Set<String> REGNAL_ORDINALS = regnalOrdinals();

    private static Set<String> regnalOrdinals() {
        Set<String> ordinals = LexiconFile.keys("ordinals.txt", 2);
        Set<String> out = new HashSet<>();
        for (String w : LexiconFile.withFlag("name-parts.tsv", "final")) {
            if (ordinals.contains(w)) {
                out.add(ArabicNormalizer.skeletonOfKey(w)); // "الثاني"، not "الدين"
            }
        }
        return out;
    }

    /**
     * "وأكدت سلمى أن" after "قالت سلمى حداد": a given name alone is the one person named in full with it; nobody
     * when two people share it.
     */
    private Entry byGivenName(String given) {
        Entry found = null;
        for (Entry e : entries) {
            if (e.kind != PersonKind.PERSON || e.name == null) {
                continue;
            }
            String[] other = e.nameTokens();
            if (other.length >= 2 && other[0].equals(given)) {
                if (found != null) {
                    return null;
                }
                found = e;
            }
        }
        return found;
    }

    /** "بن"، "آل"، "ولد" as name keys and skeletons, so that both forms of a name's words can be checked. */
    private static final Set<String> JOINER_FORMS = NounPhraseParser.NAME_JOINERS.stream()
            .flatMap(j -> Stream.of(ArabicNormalizer.nameKey(j), ArabicNormalizer.skeletonOfKey(ArabicNormalizer.nameKey(j))))
            .collect(Collectors.toUnmodifiableSet());

    /**
     * "محمد بن سلمان" begins "محمد بن سلمان بن عبدالعزيز آل سعود": a name of lineage (three words or more, with "بن"
     * or the like) that the longer one continues with another link of the lineage is the same person's shorter form.
     */
    public static boolean isLineagePrefix(String[] shorter, String[] longer) {
        if (shorter.length < 3 || shorter.length >= longer.length || !JOINER_FORMS.contains(longer[shorter.length])) {
            return false;
        }
        boolean lineage = false;
        for (int k = 0; k < shorter.length; k++) {
            if (!shorter[k].equals(longer[k])) {
                return false;
            }
            lineage |= k > 0 && JOINER_FORMS.contains(shorter[k]);
        }
        return lineage;
    }

    /**
     * "أحمد الناصر" is "أحمد ناصر المحمد الصباح": Gulf usage shortens a name to the given name and the father's name
     * with the article. Match keys or name skeletons (whose long vowel opening the father's name goes after the article).
     */
    public static boolean isFatherWithArticle(String[] shorter, String[] longer) {
        if (shorter.length != 2 || longer.length < 3 || !shorter[0].equals(longer[0]) || !shorter[1].startsWith(Affixes.ARTICLE)) {
            return false;
        }
        String father = longer[1];
        return shorter[1].equals(Affixes.ARTICLE + father) || father.length() > 1 && WordShapes.isLongVowel(father.charAt(0))
                && shorter[1].equals(Affixes.ARTICLE + father.substring(1));
    }

    /** "داود أوغلو" ends "أحمد داود أوغلو". */
    public static boolean isSuffix(String[] shorter, String[] longer) {
        if (shorter.length >= longer.length) {
            return false;
        }
        for (int k = 1; k <= shorter.length; k++) {
            if (!shorter[shorter.length - k].equals(longer[longer.length - k])) {
                return false;
            }
        }
        return true;
    }

    private void learn(Entry e, NounPhrase np, String text) {
        if (np.name() != null) {
            String name = np.name();
            if (e.name == null || name.split(" ").length > e.name.split(" ").length) {
                e.name = name;
            }
            addAlias(e, name);
            String[] words = ArabicNormalizer.matchKey(name).split(" ");
            nameKeys.addAll(Arrays.asList(words));
            for (String w : words) {
                if (fuzzy(w)) {
                    nameSkeletons.add(ArabicNormalizer.skeleton(w));
                }
            }
            if (words.length > 1) {
                givenNameKeys.add(words[0]);
                surnameKeys.add(words[words.length - 1]);
                surnameKeys.add(ArabicNormalizer.skeleton(words[words.length - 1]));
            }
        }
        if (np.title() != null) {
            String title = np.title();
            String head = title.split(" ")[0];
            // "المتحدثة"، "وزيرة"; a counterpart can be either, and so can a group ("قادة" ends in ة too)
            if (e.feminine == null && !NameLexicon.isCounterpart(ArabicNormalizer.matchKey(head)) && !e.plural) {
                e.feminine = head.endsWith(Affixes.TA_MARBUTA);
            }
            if (isGeneric(title)) {
                if (np.name() != null) {
                    addAlias(e, title + " " + np.name()); // "الرئيس بايدن"
                    addTitleHead(e, title); // a later bare "الرئيس" refers back to him
                } else if (e.name == null && e.titles.isEmpty()) {
                    e.name = title; // a spokesman never named: known only by the bare title, which is no alias
                }
            } else {
                addTitle(e, title);
                addAlias(e, title);

                boolean counterpart = NameLexicon.isCounterpart(ArabicNormalizer.matchKey(title));
                if (np.roleFrom() >= 0 && (e.role == null || NameLexicon.isCounterpart(e.role)) && !counterpart) {
                    e.role = title;
                    e.roleSource = text.substring(np.roleFrom(), np.roleTo());
                } else if (e.role == null && !counterpart) {
                    e.role = title;
                }
                learnCourtesyTitle(e, np, text);
            }
        }
    }

    /**
     * "العاهل الأردني الملك فلان": the courtesy title between the role and the name is no part of the role, but the
     * article may call him by it alone later ("وأكد الملك"), and by it with his name ("الملك فلان").
     */
    private void learnCourtesyTitle(Entry e, NounPhrase np, String text) {
        if (np.name() == null || np.roleTo() < 0) {
            return;
        }
        int from = np.roleTo();
        while (from < text.length() && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        int to = from;
        while (to < text.length() && Character.isLetter(text.charAt(to))) {
            to++;
        }
        String word = text.substring(from, to);
        if (!word.isEmpty() && NameLexicon.COURTESY_TITLES.contains(ArabicNormalizer.matchKey(word))
                && text.startsWith(np.name(), Math.min(text.length(), to + 1))) {
            addAlias(e, word + " " + np.name());
            addTitle(e, word);
        }
    }

    private static void addTitle(Entry e, String title) {
        if (e.titles.add(title)) {
            String key = ArabicNormalizer.matchKey(title);
            e.titleWords.add(key.split(" "));
            e.titleSkeletons.add(ArabicNormalizer.skeletonOfKey(key));
        }
    }

    /**
     * A generic title held with a name ("الرئيس فلان"), no alias and no role: kept only as a title head, so that a
     * later bare "وأكد الرئيس" finds him ({@link TitleHolders#byTitleHead}); one word, it fits no longer title.
     */
    private static void addTitleHead(Entry e, String title) {
        String key = ArabicNormalizer.matchKey(title);
        for (String[] tw : e.titleWords) {
            if (tw.length == 1 && tw[0].equals(key)) {
                return;
            }
        }
        e.titleWords.add(new String[] {key});
    }

    private static boolean isGeneric(String title) {
        return NameLexicon.NON_ALIAS_TITLES.contains(ArabicNormalizer.matchKey(title));
    }

    private static void addAlias(Entry e, String alias) {
        if (alias != null && !alias.isBlank()) {
            e.aliases.add(alias.replace("«", "").replace("»", "").trim());
        }
    }

    private Entry add(PersonKind kind, String key) {
        Entry e = new Entry(entries.size(), kind, key);
        entries.add(e);
        return e;
    }
}
