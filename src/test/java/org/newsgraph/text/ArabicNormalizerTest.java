package org.newsgraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class ArabicNormalizerTest {

    @Test
    void matchKeyFoldsHamzaTaMarbutaDiacriticsAndDigits() {
        assertEquals("الامم المتحده", ArabicNormalizer.matchKey("الأُمَم المتّحدة"));
        assertEquals("مسوول", ArabicNormalizer.matchKey("مسؤول"));
        assertEquals("2023", ArabicNormalizer.matchKey("٢٠٢٣"));
        assertEquals("قال", ArabicNormalizer.matchKey("قــال"));
    }

    @Test
    void matchKeyDropsQuotationMarksAndPunctuation() {
        assertEquals("سنرد بحزم", ArabicNormalizer.matchKey("«سنرد بحزم»."));
        assertEquals("مسار دبلوماسي", ArabicNormalizer.matchKey("“مسار” 'دبلوماسي'"));
    }

    @Test
    void skeletonJoinsTransliterationVariants() {
        assertEquals(ArabicNormalizer.skeleton("فلاديمير"), ArabicNormalizer.skeleton("فيلاديمير"));
        assertEquals(ArabicNormalizer.skeleton("الأمريكي"), ArabicNormalizer.skeleton("الأميركي"));
        assertEquals(ArabicNormalizer.skeleton("دميتري"), ArabicNormalizer.skeleton("ديمتري"));
        assertNotEquals(ArabicNormalizer.skeleton("بوتين"), ArabicNormalizer.skeleton("بايدن"));
    }

    @Test
    void withoutProcliticKeepsShortWords() {
        assertEquals("نظيره", ArabicNormalizer.withoutProclitic("لنظيره"));
        assertEquals("من", ArabicNormalizer.withoutProclitic("من"));
    }
}
