package org.newsgraph.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsgraph.extraction.lexicon.GrammarWords;
import org.newsgraph.extraction.lexicon.Lexicons;
import org.newsgraph.text.LexiconFile;

class LexiconFileTest {

    private static List<String[]> parse(String text, int columns) throws IOException {
        return LexiconFile.parse("lexicon/test.txt", new StringReader(text), columns).stream()
                .map(e -> e.columns().toArray(String[]::new)).toList();
    }

    @Test
    void commentAndBlankLinesAreSkippedAndEntriesTrimmed() throws IOException {
        List<String[]> rows = parse("# relative pronouns\n\nالذي\n  التي  \n   # indented comment\n", 1);
        assertEquals(2, rows.size());
        assertArrayEquals(new String[] {"الذي"}, rows.get(0));
        assertArrayEquals(new String[] {"التي"}, rows.get(1));
    }

    @Test
    void attributesAreTabSeparatedColumns() throws IOException {
        List<String[]> rows = parse("# phrase\tnation\nالبيت الأبيض\tامرك\n", 2);
        assertArrayEquals(new String[] {"البيت الأبيض", "امرك"}, rows.get(0));
    }

    @Test
    void anErrorAboutAnEntrysAttributesNamesItsFileAndLine() throws IOException {
        LexiconFile.Entry entry = LexiconFile.parse("lexicon/test.txt", new StringReader("# kinds\nقمة\tSUMMIT\nندوة\tSEMINAR\n"), 2)
                .get(1);
        assertEquals("lexicon/test.txt:3: unknown kind SEMINAR", entry.error("unknown kind SEMINAR").getMessage());
        assertEquals("ندوه", entry.key());
    }

    @Test
    void aLineWithTheWrongNumberOfColumnsNamesFileAndLine() {
        LexiconException e = assertThrows(LexiconException.class, () -> parse("# words\nالذي\nالتي\tزائد\n", 1));
        assertTrue(e.getMessage().startsWith("lexicon/test.txt:3: 2 tab-separated columns, expected 1"), e.getMessage());
    }

    @Test
    void anEmptyColumnNamesFileAndLine() {
        LexiconException e = assertThrows(LexiconException.class, () -> parse("البيت الأبيض\t\n", 2));
        assertTrue(e.getMessage().startsWith("lexicon/test.txt:1: column 2 is empty"), e.getMessage());
    }

    @Test
    void aMissingFileIsNamed() {
        LexiconException e = assertThrows(LexiconException.class, () -> LexiconFile.words("no-such-list.txt"));
        assertEquals("lexicon/no-such-list.txt: no such lexicon file", e.getMessage());
    }

    @Test
    void wordsAreFoldedWithTheTextsMatchKey() {
        assertTrue(LexiconFile.words("relatives.txt").contains(ArabicNormalizer.matchKey("الذين")));
        assertTrue(LexiconFile.words("object-markers.txt").contains(ArabicNormalizer.matchKey("إلى")));
    }

    @Test
    void everyLexiconFileTheStagesReadLoads() {
        Lexicons.loadAll();
        assertTrue(GrammarWords.RELATIVES.contains(ArabicNormalizer.matchKey("اللذين")));
    }
}
