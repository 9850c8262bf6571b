package org.newsgraph.extraction.tokens;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.newsgraph.extraction.document.Annotation;
import org.newsgraph.extraction.document.Document;
import org.newsgraph.text.LexiconFile;

/**
 * Splits tokens into sentences at . ؟ ? ! ; and paragraph breaks (not after a colon before a quotation), never inside
 * quotation marks. The Arabic semicolon ؛ separates clauses of one sentence, as a comma does ("كشف المبعوث "فلان"؛
 * عن خطة"): it ends none.
 *
 * <p>Reads {@link Tokenizer#TOKENS}; adds {@link #SENTENCES}.
 */
public final class SentenceSplitter {

    public static final Annotation<List<Sentence>> SENTENCES = Annotation.named("sentences");

    public void annotate(Document doc) {
        doc.add(SENTENCES, split(doc.get(Tokenizer.TOKENS)));
    }

    public List<Sentence> split(List<Token> tokens) {
        List<Sentence> sentences = new ArrayList<>();
        int from = 0;
        int i = 0;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            // "تحدث الوزير للإعلاميين:" closing a paragraph and the quotation opening the next one: one sentence
            boolean quotationAfterColon = i > from && tokens.get(i - 1).isPunct(':') && t.mark() > 0;
            if (i > from && t.paragraph() != tokens.get(i - 1).paragraph() && !quotationAfterColon) {
                add(sentences, tokens, from, i, i);
                from = i;
                continue;
            }
            if (isTerminator(t) && !t.quoted() && !beforeRelativeClause(tokens, i) && !insideAddress(tokens, i)) {
                int end = i;
                i++;
                // absorb runs ("..." or "؟!") and a closing mark that follows the period
                while (i < tokens.size() && tokens.get(i).paragraph() == t.paragraph()
                        && (isTerminator(tokens.get(i)) || tokens.get(i).mark() < 0)) {
                    i++;
                }
                add(sentences, tokens, from, end, i);
                from = i;
                continue;
            }
            i++;
        }
        if (from < tokens.size()) {
            add(sentences, tokens, from, tokens.size(), tokens.size());
        }
        return sentences;
    }

    /** "kataeb.org": a period glued to Latin letters on both sides is a web address's, no full stop. */
    private static boolean insideAddress(List<Token> tokens, int i) {
        if (i == 0 || i + 1 >= tokens.size() || !tokens.get(i).isPunct('.')) {
            return false;
        }
        Token before = tokens.get(i - 1);
        Token after = tokens.get(i + 1);
        return before.word() && after.word() && before.end() == tokens.get(i).start() && tokens.get(i).end() == after.start()
                && latin(before) && latin(after);
    }

    private static boolean latin(Token t) {
        return Character.UnicodeScript.of(t.text().codePointAt(0)) == Character.UnicodeScript.LATIN;
    }

    private static void add(List<Sentence> out, List<Token> tokens, int from, int to, int next) {
        int end = to;
        while (end > from && !tokens.get(end - 1).word() && tokens.get(end - 1).mark() == 0
                && !tokens.get(end - 1).isPunct(')')) {
            end--; // trailing commas and stray punctuation
        }
        if (end > from) {
            out.add(new Sentence(out.size(), from, end, tokens.get(from).paragraph()));
        }
    }

    /**
     * True when the first paragraph is a headline: a scrape may begin with the lead instead, whose last sentence
     * ends with a full stop as a headline's does not.
     */
    public static boolean titled(List<Sentence> sentences, List<Token> tokens) {
        if (sentences.size() < 2 || sentences.get(sentences.size() - 1).paragraph() == 0) {
            return false;
        }
        int last = 0;
        while (last + 1 < sentences.size() && sentences.get(last + 1).paragraph() == 0) {
            last++;
        }
        Sentence s = sentences.get(last);
        for (int i = Math.min(s.to(), tokens.size() - 1); i >= s.from(); i--) { // the stop may close the sentence
            Token t = tokens.get(i);
            if (t.word()) {
                return true;
            }
            if (t.isPunct('.')) {
                return false;
            }
        }
        return true;
    }

    /**
     * "قال إن هذا اللقاء. الذي جرى في إطار ...": a point right before a relative pronoun of the same paragraph is a
     * scraped comma, as no sentence opens with one.
     */
    private static boolean beforeRelativeClause(List<Token> tokens, int i) {
        return tokens.get(i).isPunct('.') && i + 1 < tokens.size() && tokens.get(i + 1).word()
                && tokens.get(i + 1).paragraph() == tokens.get(i).paragraph()
                && RELATIVES.contains(tokens.get(i + 1).key());
    }

    /** Read here, not from {@code lexicon.GrammarWords}: the lexicon package reads tokens, so tokens may not read it. */
    private static final Set<String> RELATIVES = LexiconFile.words("relatives.txt");

    private static boolean isTerminator(Token t) {
        return !t.word() && (t.isPunct('.') || t.isPunct('؟') || t.isPunct('?') || t.isPunct('!')
                || t.isPunct(';') || t.isPunct('…'));
    }
}
