package org.newsgraph.graphql;

import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.newsgraph.article.ArticleQueries;
import org.newsgraph.article.ArticleView;
import org.newsgraph.common.Rows;
import org.newsgraph.event.EventQueries;
import org.newsgraph.event.EventView;
import org.newsgraph.event.MentionView;

/** The fields of an article's report of an event, each read for all the reports of a level at once. */
@GraphQLApi
public class EventMentionApi {
    @Inject
    ArticleQueries articles;
    @Inject
    EventQueries events;

    @Description("The article that reports the event.")
    public List<@NonNull ArticleView> article(@Source List<MentionView> sources) {
        return Rows.oneInOrder(sources, MentionView::articleId, articles.byIds(Rows.keys(sources, MentionView::articleId)));
    }

    @Description("The nearest stored event this report was kept apart from (see mergeRule); null when it was merged or"
            + " none was near.")
    public List<EventView> comparedWith(@Source List<MentionView> sources) {
        return Rows.oneInOrder(sources, MentionView::comparedEventId, events.byIds(Rows.keys(sources, MentionView::comparedEventId)));
    }
}
