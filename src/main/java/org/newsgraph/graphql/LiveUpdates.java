package org.newsgraph.graphql;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.newsgraph.event.EventQueries;
import org.newsgraph.event.EventView;
import org.newsgraph.ingest.ArticleStored;
import org.newsgraph.quote.QuoteJoins;
import org.newsgraph.quote.QuoteQueries;
import org.newsgraph.quote.QuoteView;
import org.newsgraph.security.UnexpectedErrors;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * What subscribers are told: once an ingested article is committed, its quotes (quoteAdded) and the events it
 * reports, which gained a source and perhaps quotes and claims (eventUpdated). A write that rolls back tells
 * nobody. The article is read on a thread of its own, one article after the other, so ingestion never waits for
 * subscribers and they see articles in commit order; each subscriber gets its items on the Vert.x context of its
 * own connection, where SmallRye resolves the fields it selected as for any request.
 */
@Startup
@ApplicationScoped
public class LiveUpdates {
    /** Open subscriptions, also the gauge {@value #GAUGE}. */
    static final String GAUGE = "newsgraph.graphql.subscriptions";
    /** Items a subscriber may fall behind by before its subscription fails rather than holding memory. */
    private static final int LAG_LIMIT = 1000;
    private static final QuoteJoins NO_JOINS = new QuoteJoins(false, false, false, false);

    private final BroadcastProcessor<QuoteView> quotes = BroadcastProcessor.create();
    private final BroadcastProcessor<EventView> events = BroadcastProcessor.create();
    private final AtomicInteger subscriptions = new AtomicInteger();
    private final ExecutorService reader = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "live-updates");
        thread.setDaemon(true);
        return thread;
    });

    @Inject
    QuoteQueries quoteQueries;
    @Inject
    EventQueries eventQueries;

    @Inject
    void registerGauge(MeterRegistry metrics) {
        metrics.gauge(GAUGE, subscriptions);
    }

    /** Quotes of newly committed articles that pass the filter. */
    public Multi<QuoteView> quotes(Predicate<QuoteView> filter) {
        return live(quotes.filter(filter));
    }

    /** Events that newly committed articles report, that pass the filter. */
    public Multi<EventView> events(Predicate<EventView> filter) {
        return live(events.filter(filter));
    }

    void articleCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) ArticleStored stored) {
        if (subscriptions.get() > 0) {
            reader.execute(() -> publish(stored.articleId()));
        }
    }

    private void publish(long articleId) {
        try {
            record Changes(List<QuoteView> quotes, List<EventView> events) {
            }
            Changes changes = QuarkusTransaction.requiringNew().call(() -> {
                List<QuoteView> added = quoteQueries.byArticles(List.of(articleId), null, NO_JOINS).byParent()
                        .getOrDefault(articleId, List.of());
                Set<Long> eventIds = new LinkedHashSet<>();
                eventQueries.byArticles(List.of(articleId), null).getOrDefault(articleId, List.of())
                        .forEach(event -> eventIds.add(event.id()));
                added.stream().filter(quote -> quote.eventId() != null).forEach(quote -> eventIds.add(quote.eventId()));
                return new Changes(added, List.copyOf(eventQueries.byIds(eventIds).values()));
            });
            changes.quotes().forEach(quotes::onNext);
            changes.events().forEach(events::onNext);
        } catch (RuntimeException e) {
            UnexpectedErrors.log(e);
        }
    }

    /** The stream as one subscriber sees it: counted while open, delivered on the subscriber's Vert.x context. */
    private <T> Multi<T> live(Multi<T> stream) {
        Context subscriber = Vertx.currentContext();
        return stream.onSubscription().invoke(subscriptions::incrementAndGet)
                .onTermination().invoke(subscriptions::decrementAndGet)
                .onOverflow().buffer(LAG_LIMIT)
                .emitOn(task -> subscriber.runOnContext(ignored -> task.run()));
    }

    @PreDestroy
    void stop() {
        reader.shutdownNow();
    }
}
