package org.newsgraph.extraction;

import java.time.LocalDate;
import java.util.List;

import org.newsgraph.extraction.document.Span;
import org.newsgraph.kinds.EventKind;

/**
 * An event as one article reports it. {@code ref} is local to the article; {@code participantRefs} point at
 * {@link ExtractedPerson#ref()}; {@code mentions} are the spans that name it; {@code endsOn} is set for ranges.
 * An undated event may still be bounded: {@code notBefore}/{@code notAfter} are the first and last day it can have
 * been on ("مطلع ديسمبر"، "earlier than the call the article reports"), null where the article leaves it open.
 * {@code earlierThanReported}: the article calls this event earlier than the one it reports ("مكالمة سابقة"), so
 * an undated report of it is not the dated event the article is about. {@code rule} is a label for humans.
 * {@code edition}: the key of the edition of a gathering the article names ("summit|عربيه|28" for "القمة العربية
 * الـ28" or "القمة العربية الثامنة والعشرين"), which makes reports of it one event; null when it names none.
 */
public record ExtractedEvent(int ref, EventKind kind, String title, LocalDate startsOn, LocalDate endsOn,
        LocalDate notBefore, LocalDate notAfter, String location,
        List<Integer> participantRefs, List<Span> mentions, List<ExtractedClaim> claims, boolean earlierThanReported,
        double confidence, String rule, String edition) {

    public ExtractedEvent(int ref, EventKind kind, String title, LocalDate startsOn, LocalDate endsOn,
            LocalDate notBefore, LocalDate notAfter, String location,
            List<Integer> participantRefs, List<Span> mentions, List<ExtractedClaim> claims, boolean earlierThanReported,
            double confidence, String rule) {
        this(ref, kind, title, startsOn, endsOn, notBefore, notAfter, location, participantRefs, mentions, claims,
                earlierThanReported, confidence, rule, null);
    }
}
