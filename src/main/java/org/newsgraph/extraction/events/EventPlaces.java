package org.newsgraph.extraction.events;

import java.util.List;

import org.newsgraph.extraction.lexicon.Affixes;
import org.newsgraph.extraction.lexicon.CueLexicon;
import org.newsgraph.extraction.lexicon.EventLexicon;
import org.newsgraph.extraction.lexicon.NameLexicon;
import org.newsgraph.extraction.tokens.Token;
import org.newsgraph.text.ArabicNormalizer;

/** The place of an event: "في جنيف"، "بجنيف"، "إلى موسكو"، "العاصمة الروسية موسكو"، "محادثات جنيف". */
final class EventPlaces {

    private EventPlaces() {
    }

    /**
     * Token index of a place named as "في جنيف" / "بجنيف" after the trigger, or -1; not past a reporting word, where
     * the saying's own clause begins ("منذ اختتام المحادثات أمس قال المندوب وهو سفير بلاده لدى الأمم المتحدة في
     * نيويورك").
     */
    static int placeAfter(List<Token> tokens, int from, int to) {
        for (int i = from; i < to && i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.word()) {
                continue;
            }
            if (i > from && CueLexicon.cue(t) != null) {
                return -1;
            }
            if (EventLexicon.PLACE_PREPOSITIONS.contains(t.key()) && i + 1 < to && placeLength(tokens, i + 1) > 0
                    && !afterTopic(tokens, i)) {
                return i + 1;
            }
            if (EventLexicon.CITY_WORDS.contains(ArabicNormalizer.withoutProclitic(t.bare()))) {
                for (int j = i + 1; j < Math.min(to, i + 3); j++) {
                    if (placeLength(tokens, j) > 0) {
                        return j; // "في مدينة جدة"، "العاصمة الروسية موسكو"، "بالعاصمة الإيطالية روما"
                    }
                }
            }
            // a preposition glued to the place, not و: "بين أنقرة ودمشق" joins a topic's two capitals
            String attached = ArabicNormalizer.withoutProclitic(t.bare());
            if (!attached.equals(t.bare()) && (EventLexicon.PLACES.containsKey(attached) || attachedPlaceOfTwoWords(tokens, i, to))) {
                return i; // "بجنيف"، "لموسكو"، "بشرم الشيخ"
            }
            if (i == from && placeLength(tokens, i) > 0) {
                return i; // "محادثات جنيف"
            }
        }
        return -1;
    }

    /** "بحثا الوضع في أوكرانيا": a place after a topic of talks (`common-nouns.txt`, with its article) is what they discussed. */
    private static boolean afterTopic(List<Token> tokens, int preposition) {
        Token before = preposition > 0 ? tokens.get(preposition - 1) : null;
        return before != null && before.word() && before.bare().startsWith(Affixes.ARTICLE)
                && NameLexicon.COMMON_NOUNS.contains(Affixes.withoutArticle(before.bare()));
    }

    static int placeLength(List<Token> tokens, int i) {
        for (int len = 2; len >= 1; len--) {
            if (i + len <= tokens.size() && EventLexicon.PLACES.containsKey(placeKey(tokens, i, len))) {
                return len;
            }
        }
        return attachedPlaceOfTwoWords(tokens, i, tokens.size()) ? 2 : 0;
    }

    /** "بشرم الشيخ"، "لأبو ظبي": a place of two words whose first carries the preposition. */
    private static boolean attachedPlaceOfTwoWords(List<Token> tokens, int i, int to) {
        return EventLexicon.placeLength(tokens, i, Math.min(to, tokens.size()),
                ArabicNormalizer.withoutProclitic(tokens.get(i).key())) == 2;
    }

    static String placeKey(List<Token> tokens, int i, int len) {
        StringBuilder sb = new StringBuilder(tokens.get(i).key());
        for (int j = i + 1; j < i + len; j++) {
            sb.append(' ').append(tokens.get(j).key());
        }
        return sb.toString();
    }
}
