package org.newsgraph.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.newsgraph.common.InvalidInputException;

import io.quarkus.qute.TemplateInstance;

/**
 * {@code /articles/{id}}: an article to read, its quotes highlighted. A class of its own because REST matches the
 * class path first: under {@code /} the ingestion's {@code /articles} would take the request.
 */
@Path("/articles/{id}")
@HtmlErrors
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class ArticleReadingPage {
    @Inject
    Viewers viewers;
    @Inject
    ArticlePageReads articles;
    @Inject
    PageTexts texts;

    @GET
    public TemplateInstance article(@PathParam("id") String id, @QueryParam("from") String from, @QueryParam("to") String to) {
        long articleId = PageParams.id("id", id);
        Integer start = PageParams.offset("from", from);
        Integer end = PageParams.offset("to", to);
        if ((start == null) != (end == null) || (start != null && start >= end)) {
            throw new InvalidInputException("to", "give from and to together, from before to");
        }
        ArticlePageReads.ArticlePage page = articles.read(articleId, start, end);
        if (page == null) {
            throw PageRefusal.notFound(texts.article(), articleId);
        }
        return Views.article(page, viewers.current());
    }

}
