package org.newsgraph.extraction.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LexiconFileTest {

    @Test
    void aLineWithTheWrongColumnsNamesFileAndLine() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> LexiconFile.read("bad-columns-test.txt", 2));
        assertTrue(e.getMessage().startsWith("lexicon/bad-columns-test.txt:3: expected 2"), e.getMessage());
    }

    @Test
    void aMissingFileIsNamed() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> LexiconFile.read("absent.txt", 1));
        assertEquals("lexicon/absent.txt: missing from the class path", e.getMessage());
    }

    @Test
    void entriesAreFoldedLikeTheText() {
        assertEquals("إسطنبول", EventLexicon.PLACES.get("اسطنبول"));
    }
}
