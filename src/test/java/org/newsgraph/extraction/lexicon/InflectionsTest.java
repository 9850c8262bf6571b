package org.newsgraph.extraction.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.newsgraph.extraction.lexicon.Inflections.Affix;
import org.newsgraph.text.ArabicNormalizer;

/** The affixes of inflections.tsv and the number and person the quote stage reads by them. */
class InflectionsTest {

    @Test
    void affixesAreFoldedLikeTheText() {
        assertEquals(ArabicNormalizer.matchKey("ة"), Inflections.suffix(Affix.PARTICIPLE_SHE));
        assertEquals("ة", Inflections.writtenSuffix(Affix.FEMININE_NOUN));
        assertEquals("", Inflections.prefix(Affix.PRONOUN_HE));
    }

    @Test
    void aPluralVerbIsToldFromADualOne() {
        assertTrue(Inflections.pluralVerb("قالوا"));
        assertTrue(Inflections.pluralVerb("يؤكدون"));
        assertFalse(Inflections.dualVerb("قالوا"));
        assertTrue(Inflections.dualVerb("قالا"));
        assertTrue(Inflections.dualVerb("يؤكدان"));
        assertFalse(Inflections.pluralVerb("قالا"));
    }

    @Test
    void theMasculineParticipleInTheAccusativeIsAdverbial() {
        assertTrue(Inflections.adverbialParticiple("مؤكدا"));
        assertFalse(Inflections.adverbialParticiple(ArabicNormalizer.matchKey("مؤكدة")));
    }
}
