package org.newsgraph.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.newsgraph.common.Cursor;
import org.newsgraph.common.Page;
import org.newsgraph.text.SearchPattern;
import org.newsgraph.event.EventFilter;
import org.newsgraph.kinds.EventKind;
import org.newsgraph.event.EventQueries;
import org.newsgraph.event.EventView;
import org.newsgraph.quote.QuoteFilter;
import org.newsgraph.kinds.QuoteKind;
import org.newsgraph.quote.QuoteQueries;
import org.newsgraph.quote.QuoteView;

/**
 * {@code /quotes.csv} and {@code /events.csv}: every quote or event that matches the filters of the API's lists, one
 * row each, streamed as it is read (pages of {@value #BATCH} from the lists' keyset order, so memory stays flat and
 * there is no row cap). The filters are checked before the first byte, so a bad one answers 400 naming it.
 */
@Path("/")
@HtmlErrors
public class CsvExports {
    static final int BATCH = 500;
    static final List<String> QUOTE_COLUMNS = List.of("quote_id", "outlet", "article_url", "published_at", "speaker_id", "speaker",
            "event_id", "event", "kind", "cue", "confidence", "speaker_confidence", "start_offset", "end_offset", "text");
    static final List<String> EVENT_COLUMNS = List.of("event_id", "kind", "title", "starts_on", "ends_on", "location",
            "participants", "articles", "independent_outlets", "confidence");
    private static final String CSV = "text/csv;charset=UTF-8";

    @Inject
    QuoteQueries quotes;
    @Inject
    QuoteLines lines;
    @Inject
    EventQueries events;
    @Inject
    HomePageReads eventRows;

    @GET
    @Path("quotes.csv")
    @Produces(CSV)
    public Response quotes(@QueryParam("event") String event, @QueryParam("speaker") String speaker, @QueryParam("outlet") String outlet,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("kind") String kind,
            @QueryParam("minConfidence") String minConfidence, @QueryParam("search") String search) {
        QuoteFilter filter = new QuoteFilter(PageParams.optionalId("speaker", speaker), PageParams.optionalId("event", event),
                PageParams.text(search), PageParams.fraction("minConfidence", minConfidence), PageParams.text(outlet),
                PageParams.date("from", from), PageParams.date("to", to), PageParams.choice("kind", kind, QuoteKind.class));
        SearchPattern.of(filter.search()); // refuses a bad search text now, before the answer starts
        StreamingOutput body = streamed(QUOTE_COLUMNS, after -> quotes.page(filter, BATCH, after), QuoteQueries::cursorOf, page -> {
            List<List<Object>> rows = new ArrayList<>();
            for (QuoteLine line : lines.of(page)) {
                QuoteView q = line.quote();
                rows.add(Arrays.asList(q.id(), line.outletName(), line.article().url(), line.article().publishedAt(), q.speakerId(),
                        line.speaker() == null ? null : line.speaker().name(), q.eventId(), line.event() == null ? null : line.event().title(),
                        q.kind(), q.cue(), q.confidence(), q.speakerConfidence(), q.startOffset(), q.endOffset(), q.text()));
            }
            return rows;
        });
        return attachment(body, "quotes.csv");
    }

    @GET
    @Path("events.csv")
    @Produces(CSV)
    public Response events(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("kind") String kind,
            @QueryParam("participant") String participant) {
        EventFilter filter = new EventFilter(PageParams.date("from", from), PageParams.date("to", to),
                PageParams.choice("kind", kind, EventKind.class), PageParams.optionalId("participant", participant));
        StreamingOutput body = streamed(EVENT_COLUMNS, after -> events.page(filter, BATCH, after), e -> Cursor.of(e.sortDay(), e.id()), page -> {
            List<List<Object>> rows = new ArrayList<>();
            for (HomePageReads.EventRow row : eventRows.rows(page)) {
                EventView e = row.event();
                List<String> names = new ArrayList<>();
                row.participants().forEach(p -> names.add(p.name()));
                rows.add(Arrays.asList(e.id(), e.kind(), e.title(), e.startsOn(), e.endsOn(), e.location(), String.join("؛ ", names),
                        row.articles(), row.outlets(), e.confidence()));
            }
            return rows;
        });
        return attachment(body, "events.csv");
    }

    /**
     * The CSV of every item of a keyset-ordered list: a page of {@value #BATCH} at a time, each completed into rows
     * with a fixed number of batched reads, written and flushed before the next is read.
     */
    private static <T> StreamingOutput streamed(List<String> header, Function<Cursor, Page<T>> pages, Function<T, Cursor> cursorOf,
            Function<List<T>, List<List<Object>>> rows) {
        return stream -> {
            CsvWriter csv = new CsvWriter(stream);
            csv.row(header);
            Cursor after = null;
            Page<T> page;
            do {
                page = pages.apply(after);
                for (List<Object> row : rows.apply(page.items())) {
                    csv.row(row);
                }
                csv.flush();
                after = page.items().isEmpty() ? null : cursorOf.apply(page.items().get(page.items().size() - 1));
            } while (page.hasNext());
        };
    }

    private static Response attachment(StreamingOutput body, String name) {
        return Response.ok(body).header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }
}
