package org.newsgraph.extraction.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The event stage's word lists as read from their files. */
class EventLexiconTest {

    @Test
    void placesAreFoldedLikeTheTextAndKeepTheirSpelling() {
        assertEquals("إسطنبول", EventLexicon.PLACES.get("اسطنبول"));
        assertEquals("الأهواز", EventLexicon.PLACES.get("الاحواز"));
        assertEquals("باريس", EventLexicon.PLACES.get("قصر الاليزيه"));
    }

    @Test
    void anEventPhraseIsReadInTheIndefiniteAccusativeToo() {
        assertEquals("لقاء صحفيا مشتركا", EventLexicon.accusative("لقاء صحفي مشترك"));
        assertEquals("اجتماعا طارئا", EventLexicon.accusative("اجتماع طارئ"));
        assertEquals("مكالمه هاتفيه", EventLexicon.accusative("مكالمه هاتفيه"));
        assertEquals("محادثات ثنائيه", EventLexicon.accusative("محادثات ثنائيه"));
        assertEquals("اتصالا عبر الفيديو", EventLexicon.accusative("اتصال عبر الفيديو"));
        assertEquals(org.newsgraph.kinds.EventKind.PRESS_BRIEFING, EventLexicon.TRIGGERS.get("لقاء صحفيا"));
    }
}
