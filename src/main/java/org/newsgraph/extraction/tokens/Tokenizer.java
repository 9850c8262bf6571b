package org.newsgraph.extraction.tokens;

import java.util.ArrayList;
import java.util.List;

import org.newsgraph.extraction.clean.NoiseCleaner;
import org.newsgraph.extraction.document.Annotation;
import org.newsgraph.extraction.document.Document;
import org.newsgraph.text.ArabicNormalizer;

/**
 * Splits the cleaned body into words and punctuation, and tracks quotation marks per paragraph, so that later
 * stages never have to rescan characters. Letters and digits are split apart ("الـ23" gives "الـ" and "23").
 *
 * <p>Reads {@link NoiseCleaner#CLEANED}; adds {@link #TOKENS}.
 */
public final class Tokenizer {

    public static final Annotation<List<Token>> TOKENS = Annotation.named("tokens");

    public void annotate(Document doc) {
        doc.add(TOKENS, tokenize(doc.get(NoiseCleaner.CLEANED).text()));
    }

    public List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>(text.length() / 5);
        int paragraph = 0;
        int depth = 0;
        int opened = -1; // token index of the mark that opened the current quotation
        int i = 0;
        int n = text.length();
        while (i <= n) {
            char c = i < n ? text.charAt(i) : '\n';
            if (c == '\n') {
                int end = depth > 0 ? sentenceEnd(tokens, opened) : -1;
                if (end >= 0) {
                    // a mark left open (its closing one lost in the scrape) quotes its sentence only
                    Token stop = tokens.get(end);
                    tokens.subList(end, tokens.size()).clear();
                    tokens.add(new Token(end, stop.start(), stop.end(), stop.text(), stop.key(), false, 0, false,
                            paragraph)); // the sentence ends here, outside the quotation
                    i = stop.end();
                    depth = 0;
                    continue;
                }
                paragraph++;
                depth = 0; // an unclosed mark never leaks into the next paragraph
                i++;
                continue;
            }
            if (Character.isWhitespace(c) || c == '\u00A0') {
                i++;
                continue;
            }
            if (isWordChar(c)) {
                int start = i;
                boolean digit = Character.isDigit(c);
                i++;
                while (i < n) {
                    char d = text.charAt(i);
                    if (isJoiner(d)) {
                        i++;
                        continue;
                    }
                    if (!isWordChar(d) && !isInnerApostrophe(text, i) && !isDecimalPoint(text, i)) {
                        break;
                    }
                    if (Character.isDigit(d) != digit && Character.isLetterOrDigit(d)) {
                        break;
                    }
                    i++;
                }
                if (isAbbreviation(text, start, i)) {
                    i++; // "د. ناصر": the point of an abbreviated title is part of it, no sentence end
                }
                if (i == start + 1 && c == 'و' && i + 1 < n && text.charAt(i) == ' ' && isArabicLetter(text.charAt(i + 1))) {
                    // "و الجالية"، "و قال": the conjunction typed apart is still a proclitic of the next word
                    i += 2;
                    while (i < n && isWordChar(text.charAt(i)) && !Character.isDigit(text.charAt(i))) {
                        i++;
                    }
                }
                String word = text.substring(start, i);
                tokens.add(new Token(tokens.size(), start, i, word, ArabicNormalizer.matchKey(word.replace(" ", "")), true,
                        0, depth > 0, paragraph));
                continue;
            }
            int mark = quoteMark(text, i, depth);
            if (mark < 0) {
                depth = Math.max(0, depth - 1);
            }
            int width = isDoubledApostrophe(text, i) ? 2 : 1;
            String p = text.substring(i, i + width);
            if (mark > 0 && depth == 0) {
                opened = tokens.size();
            }
            tokens.add(new Token(tokens.size(), i, i + width, p, p, false, mark, mark == 0 && depth > 0, paragraph));
            if (mark > 0) {
                depth++;
            }
            i += width;
        }
        return tokens;
    }

    /** The first sentence end after an opening mark, in its paragraph; -1 when the paragraph has none. */
    private static int sentenceEnd(List<Token> tokens, int opened) {
        for (int k = opened + 1; k < tokens.size() - 1; k++) {
            Token t = tokens.get(k);
            if (!t.word() && (t.isPunct('.') || t.isPunct('؟') || t.isPunct('?') || t.isPunct('!'))) {
                return k;
            }
        }
        return -1;
    }

    private static boolean isArabicLetter(char c) {
        return c >= '\u0621' && c <= '\u064A';
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || isJoiner(c);
    }

    private static boolean isJoiner(char c) {
        return c == '\u0640' || (c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u200C' || c == '\u200D';
    }

    /**
     * A lone Arabic letter with a point, then a space and a word ("د. ناصر"، "م. سامي"): an abbreviated title. A
     * letter glued to a number ("2015م.") is the era of a year closing its sentence.
     */
    private static boolean isAbbreviation(String text, int start, int end) {
        char c = text.charAt(start);
        return end == start + 1 && isArabicLetter(c) && (start == 0 || Character.isWhitespace(text.charAt(start - 1))
                || text.charAt(start - 1) == '(') && end + 2 < text.length() && text.charAt(end) == '.'
                && text.charAt(end + 1) == ' ' && Character.isLetter(text.charAt(end + 2));
    }

    private static boolean isInnerApostrophe(String text, int i) {
        char c = text.charAt(i);
        return (c == '\'' || c == '’') && i + 1 < text.length() && Character.isLetter(text.charAt(i + 1))
                && i > 0 && Character.isLetter(text.charAt(i - 1));
    }

    private static boolean isDecimalPoint(String text, int i) {
        char c = text.charAt(i);
        return (c == '.' || c == ',') && i > 0 && i + 1 < text.length() && Character.isDigit(text.charAt(i - 1))
                && Character.isDigit(text.charAt(i + 1));
    }

    /** Two apostrophes written for a quotation mark, as some Maghreb outlets do (''...''). */
    private static boolean isDoubledApostrophe(String text, int i) {
        return text.charAt(i) == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '\'';
    }

    /**
     * "وزاد” لن نتراجع ... ”": some outlets open with ” as well. Outside a quotation, a ” glued to the word before
     * and followed by a space opens one when another ” follows in its paragraph; otherwise it is a stray closing mark.
     */
    private static boolean openingRightQuote(String text, int i) {
        if (i == 0 || !isWordChar(text.charAt(i - 1)) || i + 2 >= text.length() || text.charAt(i + 1) != ' '
                || !isWordChar(text.charAt(i + 2))) {
            return false;
        }
        for (int j = i + 1; j < text.length() && text.charAt(j) != '\n'; j++) {
            if (text.charAt(j) == '”') {
                return true;
            }
        }
        return false;
    }

    /**
     * "في الجرائم الشنيعة" المرتبطة": outside a quotation, a straight mark glued to the word before it and followed by a
     * space or a point closes a quotation the scrape lost the opening of; taken as an opening one, it would turn every later
     * pair inside out and quote the paragraph's narration.
     */
    private static boolean isStrayClosing(String text, int i) {
        return i > 0 && isWordChar(text.charAt(i - 1)) && (i + 1 == text.length() || !isWordChar(text.charAt(i + 1)));
    }

    /** +1 opening, -1 closing, 0 not a quotation mark. Straight quotes open or close depending on their sides. */
    private static int quoteMark(String text, int i, int depth) {
        char c = text.charAt(i);
        switch (c) {
            case '«', '“', '‹', '„':
                // some outlets close with “ as well: a “ right after a word while a quote is open closes it
                if (c == '“' && depth > 0 && i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
                    return -1;
                }
                return 1;
            case '»', '”', '›':
                if (c == '”' && depth == 0 && openingRightQuote(text, i)) {
                    return 1;
                }
                return depth > 0 ? -1 : 0;
            case '"':
                if (depth == 0 && isStrayClosing(text, i)) {
                    return 0;
                }
                return depth > 0 ? -1 : 1;
            case '\'':
                if (isDoubledApostrophe(text, i)) {
                    return depth > 0 ? -1 : 1; // ''...'': two apostrophes as one straight quotation mark
                }
                boolean before = i > 0 && isWordChar(text.charAt(i - 1));
                boolean after = i + 1 < text.length() && isWordChar(text.charAt(i + 1));
                if (depth > 0 && before) {
                    return -1;
                }
                return !before && after ? 1 : 0;
            default:
                return 0;
        }
    }
}
