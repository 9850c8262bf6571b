package org.newsgraph.graph;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.newsgraph.kinds.EventKind;
import org.newsgraph.kinds.PersonKind;
import org.newsgraph.kinds.QuoteKind;

/**
 * One line of the graph file (the JSON Lines format of {@code bench/gen.py}): an article with its outlet, its quotes
 * (speaker embedded) and the events it reports (participants embedded). Fields gen.py does not know are optional.
 * Names are kept as the file spells them: {@code name}/{@code title} and the Arabic {@code nameAr}/{@code titleAr}.
 */
public record ArticleDocument(long id, String url, String title, Instant publishedAt, String language, String body,
        String rawBody, String contentHash, Instant ingestedAt, Outlet outlet, List<Event> events, List<Quote> quotes) {

    public record Outlet(long id, String name, String country, String language) {
    }

    public record Person(long id, String name, String nameAr, String role, PersonKind kind, String roleSource,
            List<Alias> aliases) {
    }

    /** A spelling of a person's name; editorial ones were added by an editor. */
    public record Alias(String alias, boolean editorial) {
    }

    /** An event as this article reports it: the event itself, this article's mention and claims, and who took part. */
    public record Event(long id, EventKind kind, String title, String titleAr, LocalDate startsOn, LocalDate endsOn,
            String location, double confidence, Mention mention, List<Claim> claims, List<Person> participants) {
    }

    public record Mention(String span, Integer startOffset, Integer endOffset) {
    }

    public record Claim(long id, String attribute, String value, String span, int startOffset, int endOffset) {
    }

    public record Quote(long id, int position, QuoteKind kind, String text, String cue, Integer startOffset,
            Integer endOffset, double confidence, String rule, Person speaker, String speakerSpan,
            Double speakerConfidence, String speakerRule, Long eventId, Double eventConfidence, String eventRule) {
    }
}
