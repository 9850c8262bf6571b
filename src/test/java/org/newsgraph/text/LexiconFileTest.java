package org.newsgraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;

import org.junit.jupiter.api.Test;

class LexiconFileTest {

    @Test
    void entriesAreFoldedLikeTheText() {
        assertEquals(Set.of("قال", "اكد"), LexiconFile.words("test-flags.tsv"));
    }

    @Test
    void flagsAreTheSecondColumnsWords() {
        assertEquals(Set.of("قال"), LexiconFile.withFlag("test-flags.tsv", "quote"));
    }

    @Test
    void anEmptyColumnFailsNamingFileAndLine() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> LexiconFile.lines("test-broken.tsv"));
        assertEquals("lexicon/test-broken.tsv:4: column 2 is empty or has spaces around it", e.getMessage());
    }

    @Test
    void aMissingColumnFailsNamingFileAndLine() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> LexiconFile.lines("test-flags.tsv").get(0).column(2));
        assertEquals("lexicon/test-flags.tsv:2: expected 3 tab-separated columns, found 2", e.getMessage());
    }

    @Test
    void aMissingFileFailsNamingIt() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> LexiconFile.lines("no-such.txt"));
        assertEquals("lexicon/no-such.txt: lexicon file missing", e.getMessage());
    }
}
