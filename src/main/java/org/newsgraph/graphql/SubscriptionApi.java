package org.newsgraph.graphql;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.newsgraph.event.EventView;
import org.newsgraph.quote.QuoteView;

import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;

/** Live updates over WebSocket (graphql-transport-ws or graphql-ws on /graphql), fed by {@link LiveUpdates}. */
@GraphQLApi
public class SubscriptionApi {
    @Inject
    LiveUpdates live;

    @Subscription
    @NonNull
    @Description("Each quote of a newly ingested article once it is stored; optionally only those of one speaker, or about one event.")
    public Multi<QuoteView> quoteAdded(@Id @Description("Only quotes of this person.") Long speaker,
            @Id @Description("Only quotes said at or about this event.") Long event) {
        return live.quotes(quote -> (speaker == null || speaker.equals(quote.speakerId()))
                && (event == null || event.equals(quote.eventId())));
    }

    @Subscription
    @NonNull
    @Description("Each event a newly ingested article reports, once it is stored: the event gained a source, and perhaps quotes and claims.")
    public Multi<EventView> eventUpdated(@Id @Description("Only this event.") Long id) {
        return live.events(event -> id == null || id == event.id());
    }
}
