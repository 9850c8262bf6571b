package org.newsgraph.text;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Folds Arabic spelling variants into one key for matching and search; display text keeps the original.
 * Removes diacritics and tatweel, unifies alef/hamza forms, ى/ي, ة/ه, Arabic-Indic digits, drops punctuation
 * and quotation marks and collapses white space. {@link #skeleton} goes further for fuzzy name matching.
 */
public final class ArabicNormalizer {

    /**
     * The one-letter conjunctions and prepositions written joined to the next word, and the article: the one place
     * these letters are written (the extraction's {@code Affixes} names them for its stages).
     */
    public static final String CONJUNCTION_WA = "و";
    public static final String CONJUNCTION_FA = "ف";
    public static final String PREPOSITION_BI = "ب";
    public static final String PREPOSITION_LI = "ل";
    public static final String PREPOSITION_KA = "ك";
    public static final String ARTICLE = "ال";

    private ArabicNormalizer() {
    }

    public static String matchKey(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean space = true;
        for (int i = 0; i < text.length(); i++) {
            char folded = fold(text.charAt(i));
            if (folded == 0) {
                continue;
            }
            if (folded == ' ') {
                if (!space) {
                    out.append(' ');
                    space = true;
                }
            } else {
                out.append(folded);
                space = false;
            }
        }
        int len = out.length();
        if (len > 0 && out.charAt(len - 1) == ' ') {
            out.setLength(len - 1);
        }
        return out.toString();
    }

    /**
     * The match key of a personal name with compound parts written as one word: "عبد الفتاح" and "عبدالفتاح", "أبو
     * مازن" and "أبومازن" are one name however the outlet spaces them.
     */
    public static String nameKey(String name) {
        String key = matchKey(name);
        for (String spaced : CompoundNames.SPACED_HEADS) {
            if (key.contains(spaced)) {
                return CompoundNames.SPACE_AFTER_HEAD.matcher(key).replaceAll("$1");
            }
        }
        return key;
    }

    /**
     * The first parts of compound names (name-parts.tsv, flag {@code compound}), read when a name key is first asked
     * for: held apart from the class so that the lexicon loader, which folds with {@link #matchKey}, does not load it.
     */
    private static final class CompoundNames {
        static final List<String> HEADS = LexiconFile.withFlag("name-parts.tsv", "compound").stream().sorted().toList();
        static final List<String> SPACED_HEADS = HEADS.stream().map(head -> head + " ").toList();
        static final Pattern SPACE_AFTER_HEAD = Pattern.compile("(?<=^| )("
                + HEADS.stream().map(Pattern::quote).collect(Collectors.joining("|")) + ") (?=\\S)");
    }

    /**
     * The match key with the long vowels ا و ي removed after each word's first letter, so that transliterated
     * foreign names written with or without them (فلاديمير/فيلاديمير، بلينكين/بلينكن، الأمريكي/الأميركي) meet.
     */
    public static String skeleton(String text) {
        return skeletonOfKey(matchKey(text));
    }

    /** {@link #skeleton} of a text that is already a match key. */
    public static String skeletonOfKey(String key) {
        StringBuilder out = new StringBuilder(key.length());
        boolean wordStart = true;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == ' ') {
                out.append(c);
                wordStart = true;
                continue;
            }
            if (wordStart || (c != 'ا' && c != 'و' && c != 'ي')) {
                out.append(c);
            }
            wordStart = false;
        }
        return out.toString();
    }

    /** Removes one attached conjunction or preposition (و ف ب ل) from a match key when a real word remains. */
    public static String withoutProclitic(String key) {
        if (key.length() >= 4) {
            if (key.startsWith(CONJUNCTION_WA) || key.startsWith(CONJUNCTION_FA) || key.startsWith(PREPOSITION_BI)
                    || key.startsWith(PREPOSITION_LI)) {
                return key.substring(1);
            }
        }
        return key;
    }

    private static char foldLetter(char c) {
        switch (c) {
            case 'أ', 'إ', 'آ':
                return 'ا';
            case 'ى', 'ئ':
                return 'ي';
            case 'ة':
                return 'ه';
            case 'ؤ':
                return 'و';
            default:
                return c;
        }
    }

    /** The folded character, ' ' for a separator, 0 to drop it. */
    public static char fold(char c) {
        if (c >= '\u0621' && c <= '\u063A' || c >= '\u0641' && c <= '\u064A') {
            return foldLetter(c); // the common case: an Arabic letter
        }
        if (c < 128) {
            if (c >= 'A' && c <= 'Z') {
                return (char) (c + 32);
            }
            return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ? c : ' ';
        }
        if ((c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640' || (c >= '\u0610' && c <= '\u061A')
                || (c >= '\u06D6' && c <= '\u06ED')) {
            return 0; // diacritics, tatweel, Quranic marks
        }
        if (c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u200E' || c == '\u200F' || c == '\uFEFF'
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) {
            return 0; // zero-width and bidi controls
        }
        switch (c) {
            case 'ٱ':
                return 'ا';
            case 'ک':
                return 'ك';
            case 'ی':
                return 'ي';
            default:
                break;
        }
        if (c >= '\u0660' && c <= '\u0669') {
            return (char) ('0' + (c - '\u0660'));
        }
        if (c >= '\u06F0' && c <= '\u06F9') {
            return (char) ('0' + (c - '\u06F0'));
        }
        if (Character.isLetterOrDigit(c)) {
            return Character.toLowerCase(c);
        }
        return ' ';
    }
}
