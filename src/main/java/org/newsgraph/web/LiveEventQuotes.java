package org.newsgraph.web;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestStreamElementType;
import org.newsgraph.graphql.LiveUpdates;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * {@code /events/{id}/live}: server-sent events, one message (JSON) for each quote about the event in a newly
 * committed article, fed by the {@link LiveUpdates} that also feed the GraphQL subscriptions. Each quote is completed
 * with its speaker and outlet (three batched reads) on a worker thread, never on the connection's event loop.
 */
@Path("/events/{id}/live")
public class LiveEventQuotes {
    @Inject
    LiveUpdates live;
    @Inject
    QuoteLines lines;

    /** What the page's script shows of a new quote. */
    public record LiveQuote(long id, String text, String speaker, String outlet, long articleId) {
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    public Multi<LiveQuote> quotes(@PathParam("id") String id) {
        long eventId = PageParams.id("id", id);
        return live.quotes(quote -> quote.eventId() != null && quote.eventId() == eventId)
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(quote -> {
                    QuoteLine line = lines.of(List.of(quote)).get(0);
                    return new LiveQuote(quote.id(), quote.text(), line.speaker() == null ? null : line.speaker().name(),
                            line.outletName(), quote.articleId());
                });
    }
}
