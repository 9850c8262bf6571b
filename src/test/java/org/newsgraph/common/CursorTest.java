package org.newsgraph.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CursorTest {

    @Test
    void aCursorDecodesToTheKeyAndIdItWasMadeOf() {
        Cursor cursor = Cursor.of(-9_223_372_036_854_775_808L, 42);
        assertEquals(cursor, Cursor.decode(cursor.encode(), "after"));
        assertEquals(Long.MIN_VALUE, Cursor.decode(cursor.encode(), "after").numericKey("after"));
    }

    @Test
    void aTextKeyWithColonsSurvives() {
        Cursor cursor = new Cursor("سامي:الخطيب", 7);
        assertEquals(cursor, Cursor.decode(cursor.encode(), "after"));
    }

    @Test
    void noCursorMeansTheFirstPage() {
        assertNull(Cursor.decode(null, "after"));
    }

    @Test
    void forgedCursorsAreBadInputNamingTheArgument() {
        for (String forged : new String[] {"", "zzz", "not base64!", "YzE6", "eDoxOjI", "YzE6YWJjOnh5eg"}) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> Cursor.decode(forged, "after"), forged);
            assertEquals("after", e.field());
        }
    }

    @Test
    void aNumericListRefusesATextKey() {
        Cursor cursor = Cursor.decode(new Cursor("abc", 1).encode(), "after");
        assertThrows(InvalidInputException.class, () -> cursor.numericKey("after"));
    }
}
