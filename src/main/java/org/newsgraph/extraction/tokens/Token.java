package org.newsgraph.extraction.tokens;

/**
 * A word or punctuation mark of the cleaned body. {@code key} is the match key (punctuation keeps its character);
 * {@code bare} is the key without an attached و/ف; {@code mark} is +1 for an opening quotation mark, -1 for a closing one; {@code quoted} tells whether the token
 * lies inside quotation marks; {@code paragraph} counts the lines of the cleaned body.
 */
public record Token(int index, int start, int end, String text, String key, String bare, boolean word, int mark, boolean quoted,
        int paragraph) {

    Token(int index, int start, int end, String text, String key, boolean word, int mark, boolean quoted, int paragraph) {
        this(index, start, end, text, key, withoutConjunction(key), word, mark, quoted, paragraph);
    }

    public boolean is(String k) {
        return key.equals(k);
    }

    public boolean isPunct(char c) {
        return !word && text.length() == 1 && text.charAt(0) == c;
    }

    /** A comma, or the Arabic semicolon, which separates clauses of one sentence as a comma does. */
    public boolean isComma() {
        return isPunct('،') || isPunct(',') || isPunct('؛');
    }

    /** A number written in digits, Arabic-Indic ones too ("28"، "٢٨"، "2023"). */
    public boolean isNumber() {
        return !text.isEmpty() && text.chars().allMatch(Character::isDigit);
    }

    /** The key without one attached و/ف conjunction, computed once because every stage asks for it. */
    private static String withoutConjunction(String key) {
        if (key.length() >= 4 && (key.charAt(0) == 'و' || key.charAt(0) == 'ف')) {
            return key.substring(1);
        }
        return key;
    }
}
