package org.newsgraph.extraction.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** The tokenizer alone: tokens as written, a quoted token starred, opening and closing marks as + and -. */
class TokenizerTest {

    private static void check(String text, String expected) {
        assertEquals(expected, new Tokenizer().tokenize(text).stream()
                .map(t -> t.mark() > 0 ? "+" : t.mark() < 0 ? "-" : t.quoted() ? t.text() + "*" : t.text())
                .collect(Collectors.joining(" ")));
    }

    @Test
    void guillemetsOpenAndClose() {
        check("قال «نعم» أمس", "قال + نعم* - أمس");
    }

    @Test
    void straightQuotesOpenThenClose() {
        check("قال \"نعم\" أمس", "قال + نعم* - أمس");
    }

    @Test
    void twoApostrophesAreOneStraightQuotationMark() {
        check("قال ''نعم..'' أمس", "قال + نعم* .* .* - أمس");
        check("قال سان جون's أمس", "قال سان جون's أمس");
    }

    @Test
    void markLeftOpenQuotesItsSentenceOnly() {
        check("قال «نعم. ثم غادر", "قال + نعم* . ثم غادر");
    }

    @Test
    void markLeftOpenNeverLeaksIntoTheNextParagraph() {
        check("قال «نعم\nثم غادر", "قال + نعم* ثم غادر");
    }

    @Test
    void lettersAndDigitsAreSplit() {
        check("الـ23 مقاتلة", "الـ 23 مقاتلة");
    }

    @Test
    void aStraightMarkClosingNoQuotationIsNoMark() {
        // its opening lost in the scrape: taken as an opening mark it would quote the narration up to the next pair
        check("في الجرائم\" المرتبطة قال \"نعم\"", "في الجرائم \" المرتبطة قال + نعم* -");
        check("عن الحرائق\". ثم قال \"لا\"", "عن الحرائق \" . ثم قال + لا* -");
        // glued to the word after it, it opens
        check("و\"رشاد\" معا", "و + رشاد* - معا");
    }

    @Test
    void aConjunctionTypedApartIsOneWordWithTheNext() {
        check("الخارجية و الجالية", "الخارجية و الجالية");
        assertEquals("والجاليه", new Tokenizer().tokenize("الخارجية و الجالية").get(1).key());
        // before a number or at a line's end it stays alone
        assertEquals(5, new Tokenizer().tokenize("بين 3 و 5 سنوات").size());
    }
}
