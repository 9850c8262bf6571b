package org.newsgraph.graphql.readahead;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;

import org.newsgraph.article.ArticleView;
import org.newsgraph.article.OutletView;
import org.newsgraph.event.EventView;
import org.newsgraph.person.PersonView;
import org.newsgraph.quote.QuoteJoins;
import org.newsgraph.quote.QuoteRows;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import io.smallrye.graphql.api.Context;

/**
 * Rows read ahead of the resolvers that will need them, for one GraphQL execution. A list of quotes is read together
 * with the speakers, events, articles and outlets the request selects below it, so the nested fields cost no further
 * statement: the number of statements depends on the shape of the request, not on the size of the answer.
 * <p>
 * Under SmallRye's execution the read-ahead lives in the GraphQL context and the selection comes from the field's
 * environment. A planned execution (package {@code plan}) runs every resolver of a request on one thread and binds
 * its own read-ahead and the selection below the field it resolves to that thread.
 */
public final class ReadAhead {
    private static final String KEY = ReadAhead.class.getName();
    private static final ThreadLocal<ReadAhead> PLANNED = new ThreadLocal<>();
    private static final ThreadLocal<Predicate<String>> PLANNED_SELECTION = new ThreadLocal<>();

    private final Map<Long, PersonView> people = new ConcurrentHashMap<>();
    private final Map<Long, EventView> events = new ConcurrentHashMap<>();
    private final Map<Long, ArticleView> articles = new ConcurrentHashMap<>();
    private final Map<Long, OutletView> outlets = new ConcurrentHashMap<>();

    /** Binds a planned execution to this thread: its read-ahead, and what is selected below the field it resolves. */
    public static void bind(ReadAhead readAhead, Predicate<String> selection) {
        PLANNED.set(readAhead);
        PLANNED_SELECTION.set(selection);
    }

    public static void unbind() {
        PLANNED.remove();
        PLANNED_SELECTION.remove();
    }

    public static ReadAhead of(Context context) {
        ReadAhead planned = PLANNED.get();
        return planned != null ? planned : environment(context).getGraphQlContext().computeIfAbsent(KEY, key -> new ReadAhead());
    }

    /** The related rows selected below a quote list; {@code path} leads from the field to the quote, e.g. "edges/node/". */
    public static QuoteJoins quoteJoins(Context context, String path) {
        Predicate<String> selection = selection(context);
        return new QuoteJoins(selection.test(path + "speaker"), selection.test(path + "event"),
                selection.test(path + "article"), selection.test(path + "article/outlet"));
    }

    /** Whether the field being resolved selects {@code path} (field names separated by '/') below it. */
    public static boolean selects(Context context, String path) {
        return selection(context).test(path);
    }

    private static Predicate<String> selection(Context context) {
        Predicate<String> planned = PLANNED_SELECTION.get();
        if (planned != null) {
            return planned;
        }
        DataFetchingFieldSelectionSet fields = environment(context).getSelectionSet();
        return fields::contains;
    }

    public void rememberOutlets(Map<Long, OutletView> read) {
        outlets.putAll(read);
    }

    public void remember(QuoteRows rows) {
        people.putAll(rows.speakers());
        events.putAll(rows.events());
        articles.putAll(rows.articles());
        outlets.putAll(rows.outlets());
    }

    public Map<Long, PersonView> people(Collection<Long> ids, Function<Collection<Long>, Map<Long, PersonView>> load) {
        return fill(people, ids, load);
    }

    public Map<Long, EventView> events(Collection<Long> ids, Function<Collection<Long>, Map<Long, EventView>> load) {
        return fill(events, ids, load);
    }

    public Map<Long, ArticleView> articles(Collection<Long> ids, Function<Collection<Long>, Map<Long, ArticleView>> load) {
        return fill(articles, ids, load);
    }

    public Map<Long, OutletView> outlets(Collection<Long> ids, Function<Collection<Long>, Map<Long, OutletView>> load) {
        return fill(outlets, ids, load);
    }

    /** The cache, after loading the ids it does not hold yet (in one statement, or none when all were read ahead). */
    private static <V> Map<Long, V> fill(Map<Long, V> cache, Collection<Long> ids, Function<Collection<Long>, Map<Long, V>> load) {
        List<Long> missing = new ArrayList<>();
        for (Long id : ids) {
            if (!cache.containsKey(id)) {
                missing.add(id);
            }
        }
        if (!missing.isEmpty()) {
            cache.putAll(load.apply(missing));
        }
        return cache;
    }

    private static DataFetchingEnvironment environment(Context context) {
        return context.unwrap(DataFetchingEnvironment.class);
    }
}
