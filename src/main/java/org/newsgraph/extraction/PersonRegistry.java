package org.newsgraph.extraction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.newsgraph.person.PersonKind;

/**
 * The people of one article. Resolves each naming to one person: full names, surnames, titles that point at a
 * named person ("الرئيس الروسي"، "نظيره الأميركي"), institutions by their canonical name and anonymous sources by
 * the kind of source.
 */
final class PersonRegistry {

    /** One person being built. */
    static final class Entry {
        final int ref;
        final PersonKind kind;
        final String key;
        String name;
        String role;
        String roleSource;
        final Set<String> titles = new LinkedHashSet<>();
        final Set<String> aliases = new LinkedHashSet<>();
        /** Token index of the first naming seen: a bare title only refers back to people named before it. */
        int firstNamed = Integer.MAX_VALUE;

        Entry(int ref, PersonKind kind, String key) {
            this.ref = ref;
            this.kind = kind;
            this.key = key;
        }

        String[] nameTokens() {
            return name == null ? new String[0] : ArabicNormalizer.skeleton(name).split(" ");
        }

        String displayName() {
            return name != null ? name : titles.isEmpty() ? aliases.iterator().next() : titles.iterator().next();
        }
    }

    private final List<Entry> entries = new ArrayList<>();
    private final Set<String> nameKeys = new HashSet<>();
    private final Set<String> nameSkeletons = new HashSet<>();
    private final Set<String> surnameKeys = new HashSet<>();
    private final java.util.Map<String, String> skeletons = new java.util.HashMap<>();
    private Entry lastAnonymous;
    private boolean speaker;

    /** True when the match key is the last word of a full name seen in this article ("لافروف"). */
    boolean isKnownSurname(String key) {
        return surnameKeys.contains(key) || (fuzzy(key) && surnameKeys.contains(skeletonOf(key)));
    }

    /** True when the match key is a word of a name already seen in this article. */
    boolean isKnownName(String key) {
        // spelling variants (بلينكين/بلينكن) meet on the skeleton; short words would collide with common ones
        return nameKeys.contains(key) || (fuzzy(key) && nameSkeletons.contains(skeletonOf(key)));
    }

    /** Skeletons of the article's words, computed once each: the parser asks about every word several times. */
    private String skeletonOf(String key) {
        return skeletons.computeIfAbsent(key, ArabicNormalizer::skeletonOfKey);
    }

    /** Only long transliterated words are compared by skeleton; short or definite words collide with common ones. */
    private static boolean fuzzy(String key) {
        return key.length() >= 5 && !key.startsWith("ال");
    }

    List<Entry> entries() {
        return entries;
    }

    Entry get(int ref) {
        return entries.get(ref);
    }

    /** The person a naming refers to, created when new; null for namings that cannot be resolved. */
    Entry resolve(NounPhrase np, String text) {
        return resolve(np, text, false);
    }

    /**
     * As {@link #resolve(NounPhrase, String)}; a speaker named only by a bare title that fits nobody
     * ("وأوضح المتحدث") becomes a person of its own rather than nobody.
     */
    Entry resolve(NounPhrase np, String text, boolean speaker) {
        this.speaker = speaker;
        if (np == null || np.kind() == null) {
            return null;
        }
        Entry e = switch (np.kind()) {
            case INSTITUTION -> byKey(PersonKind.INSTITUTION, ArabicNormalizer.matchKey(np.name()));
            case ANONYMOUS -> anonymous(np);
            case PERSON -> person(np);
        };
        if (e == null) {
            return null;
        }
        e.firstNamed = Math.min(e.firstNamed, np.from());
        if (np.kind() == PersonKind.PERSON) {
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

    private Entry anonymous(NounPhrase np) {
        boolean anaphor = NameLexicon.ANONYMOUS_ANAPHORS.contains(ArabicNormalizer.matchKey(np.name()))
                && np.key().endsWith(":");
        if (anaphor && lastAnonymous != null) {
            return lastAnonymous;
        }
        Entry e = byKey(PersonKind.ANONYMOUS, np.key());
        lastAnonymous = e;
        return e;
    }

    private Entry person(NounPhrase np) {
        if (np.name() != null) {
            Entry e = byName(np.name());
            if (e == null && np.title() != null && !isGeneric(np.title())) {
                e = byTitle(np.title(), true);
            }
            return e != null ? e : add(PersonKind.PERSON, "");
        }
        if (np.title() == null) {
            return null;
        }
        if (isGeneric(np.title())) {
            Entry holder = byTitleHead(np.title(), np.from());
            return holder != null || !speaker ? holder : add(PersonKind.PERSON, ""); // an unnamed "المتحدث"
        }
        Entry e = byTitle(np.title(), false);
        return e != null ? e : add(PersonKind.PERSON, "");
    }

    private Entry byName(String name) {
        String[] tokens = ArabicNormalizer.skeleton(name).split(" ");
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
        return null;
    }

    /** "داود أوغلو" ends "أحمد داود أوغلو". */
    static boolean isSuffix(String[] shorter, String[] longer) {
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

    /** A person already holding this title; leader titles with a nationality match any leader of that nation. */
    private Entry byTitle(String title, boolean unnamedOnly) {
        String key = ArabicNormalizer.skeleton(title);
        String[] words = ArabicNormalizer.matchKey(title).split(" ");
        String nation = words.length == 2 && NameLexicon.LEADER_HEADS.contains(words[0])
                ? NameLexicon.nationality(words[1]) : null;
        for (Entry e : entries) {
            if (e.kind != PersonKind.PERSON || (unnamedOnly && e.name != null)) {
                continue;
            }
            for (String t : e.titles) {
                if (ArabicNormalizer.skeleton(t).equals(key)) {
                    return e;
                }
            }
        }
        if (nation == null) {
            return null;
        }
        for (Entry e : entries) {
            if (e.kind != PersonKind.PERSON || (unnamedOnly && e.name != null)) {
                continue;
            }
            for (String t : e.titles) {
                String[] tw = ArabicNormalizer.matchKey(t).split(" ");
                if (tw.length >= 2 && NameLexicon.LEADER_HEADS.contains(tw[0])
                        && nation.equals(NameLexicon.nationality(tw[tw.length - 1]))) {
                    return e;
                }
            }
        }
        return null;
    }

    /** "الوزير" alone at token {@code at}: the one person named before it whose title has that head. */
    private Entry byTitleHead(String title, int at) {
        String head = ArabicNormalizer.matchKey(title);
        String indefinite = head.startsWith("ال") ? head.substring(2) : head;
        Entry found = null;
        for (Entry e : entries) {
            if (e.kind != PersonKind.PERSON || e.firstNamed >= at) {
                continue;
            }
            for (String t : e.titles) {
                String first = ArabicNormalizer.matchKey(t).split(" ")[0];
                if (first.equals(head) || first.equals(indefinite)) {
                    if (found != null && found != e) {
                        return null; // two ministers: the bare title cannot tell which
                    }
                    found = e;
                }
            }
        }
        return found;
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
                surnameKeys.add(words[words.length - 1]);
                surnameKeys.add(ArabicNormalizer.skeleton(words[words.length - 1]));
            }
        }
        if (np.title() != null) {
            String title = np.title();
            if (isGeneric(title)) {
                if (np.name() != null) {
                    addAlias(e, title + " " + np.name()); // "الرئيس بايدن"
                } else if (e.name == null && e.titles.isEmpty()) {
                    e.name = title; // a spokesman never named: known only by the bare title, which is no alias
                }
            } else {
                e.titles.add(title);
                addAlias(e, title);
                boolean counterpart = ArabicNormalizer.matchKey(title).startsWith("نظير");
                if (np.roleFrom() >= 0 && (e.role == null || e.role.startsWith("نظير")) && !counterpart) {
                    e.role = title;
                    e.roleSource = text.substring(np.roleFrom(), np.roleTo());
                } else if (e.role == null && !counterpart) {
                    e.role = title;
                }
            }
        }
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
