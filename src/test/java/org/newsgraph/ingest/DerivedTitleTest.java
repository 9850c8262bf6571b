package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A title taken from an article's first line fits the title column, however long that line is. */
class DerivedTitleTest {

    @Test
    void aShortFirstLineIsTheTitleAsItIs() {
        assertEquals("قمة في العاصمة", ArticleWriter.derivedTitle("قمة في العاصمة"));
    }

    @Test
    void aBodySentAsOneLongLineIsCutAtAWordWithinTheColumn() {
        String line = "كلمة ".repeat(2000).strip();
        String title = ArticleWriter.derivedTitle(line);
        assertTrue(title.length() <= SubmissionValidator.MAX_TITLE, "length " + title.length());
        assertTrue(title.endsWith("كلمة…"), title.substring(title.length() - 10));
    }

    @Test
    void aLineWithoutSpacesIsCutWithinTheColumnAndNeverInsideASurrogatePair() {
        String line = "😀".repeat(3000);
        String title = ArticleWriter.derivedTitle(line);
        assertTrue(title.length() <= SubmissionValidator.MAX_TITLE, "length " + title.length());
        assertTrue(Character.isLowSurrogate(title.charAt(title.length() - 2)), "ends on a whole character");
    }
}
