package org.newsgraph.extraction.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class DocumentTest {

    private static final Annotation<List<String>> WORDS = Annotation.named("words");
    private static final Annotation<List<String>> OTHER_WORDS = Annotation.named("words");

    @Test
    void aStageReadsWhatAnEarlierStageAdded() {
        Document doc = new Document("قال الوزير", null, null);
        doc.add(WORDS, List.of("قال", "الوزير"));
        assertEquals(List.of("قال", "الوزير"), doc.get(WORDS));
    }

    @Test
    void readingWhatNoStageAddedNamesTheAnnotation() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new Document("", null, null).get(WORDS));
        assertEquals("words read before the stage that adds it ran", e.getMessage());
    }

    @Test
    void anAnnotationIsAddedOnce() {
        Document doc = new Document("", null, null);
        doc.add(WORDS, List.of());
        assertThrows(IllegalStateException.class, () -> doc.add(WORDS, List.of()));
    }

    @Test
    void twoAnnotationsWithTheSameNameAreTwoSlots() {
        Document doc = new Document("", null, null);
        doc.add(WORDS, List.of("أ"));
        doc.add(OTHER_WORDS, List.of("ب"));
        assertEquals(List.of("أ"), doc.get(WORDS));
    }

    @Test
    void aMissingBodyIsEmptyText() {
        assertEquals("", new Document(null, null, null).rawBody());
    }
}
