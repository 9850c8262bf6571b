package org.newsgraph.extraction.events;

import java.util.Set;

import org.newsgraph.extraction.dates.DateMention;
import org.newsgraph.extraction.document.Span;
import org.newsgraph.kinds.EventKind;

/**
 * One naming of an event in a sentence: trigger tokens [from, to), its date (or only its {@code month}: "مطلع ديسمبر")
 * and place if the sentence gives them,
 * the people around it, and whether it only refers back ("خلال الاتصال") or forward ("المحادثات المقبلة");
 * {@code definite} marks "الاتصال"/"للمحادثات", which name an event the reader already knows;
 * {@code pair} marks "الرئيسان" and the like, who are the article's two main participants;
 * {@code negotiation} marks "المفاوضات", rounds of bargaining that are never the article's call;
 * {@code body} is the name of the council or committee a session is of ("الأمن" in "جلسة مجلس الأمن"), or null;
 * {@code edition} is the key of the edition a gathering names ("summit|عربيه|28" for "القمة العربية الـ28", see
 * {@link EventEditions}), or null;
 * {@code later} marks an indefinite event word after "في وقت لاحق"، "لاحقا": a new event after the one narrated before.
 */
public record EventMention(EventKind kind, int sentence, int from, int to, DateMention date, DateMention month, String location,
        Span locationSpan,
        Set<Integer> participants, boolean reference, boolean future, boolean earlier, boolean verbal, boolean pair,
        boolean definite, boolean negotiation, String body, String edition, boolean later) {

    EventMention withDate(DateMention day) {
        return new EventMention(kind, sentence, from, to, day, month, location, locationSpan, participants, reference, future,
                earlier, verbal, pair, definite, negotiation, body, edition, later);
    }
}
