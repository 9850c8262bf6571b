package org.newsgraph.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.newsgraph.common.Cursor;

import io.quarkus.qute.TemplateInstance;

/**
 * The reading pages {@code /}, {@code /events/{id}}, {@code /people/{id}} and {@code /search} (and, in
 * {@link ArticleReadingPage}, {@code /articles/{id}}).
 * Thin: parameters are read strictly (a bad one answers 400 naming it), the data comes from the {@code *PageReads}
 * services, an unknown id answers 404.
 */
@Path("/")
@HtmlErrors
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class ReadingPages {
    @Inject
    Viewers viewers;
    @Inject
    HomePageReads home;
    @Inject
    EventPageReads events;
    @Inject
    PersonPageReads people;
    @Inject
    SearchPageReads search;
    @Inject
    PageTexts texts;

    @GET
    public TemplateInstance home(@QueryParam("after") String after) {
        return Views.home(home.read(Cursor.decode(PageParams.text(after), "after")), viewers.current());
    }

    @GET
    @Path("events/{id}")
    public TemplateInstance event(@PathParam("id") String id) {
        long eventId = PageParams.id("id", id);
        EventPageReads.EventPage page = events.read(eventId);
        if (page == null) {
            throw PageRefusal.notFound(texts.event(), eventId);
        }
        return Views.event(page, viewers.current());
    }

    @GET
    @Path("people/{id}")
    public TemplateInstance person(@PathParam("id") String id, @QueryParam("event") String event, @QueryParam("outlet") String outlet,
            @QueryParam("after") String after) {
        long personId = PageParams.id("id", id);
        PersonPageReads.PersonPage page = people.read(personId, PageParams.optionalId("event", event), PageParams.text(outlet),
                Cursor.decode(PageParams.text(after), "after"));
        if (page == null) {
            throw PageRefusal.notFound(texts.person(), personId);
        }
        return Views.person(page, viewers.current());
    }

    @GET
    @Path("search")
    public TemplateInstance search(@QueryParam("q") String q, @QueryParam("peopleAfter") String peopleAfter,
            @QueryParam("quotesAfter") String quotesAfter) {
        return Views.search(search.read(PageParams.text(q), Cursor.decode(PageParams.text(peopleAfter), "peopleAfter"),
                Cursor.decode(PageParams.text(quotesAfter), "quotesAfter")), viewers.current());
    }
}
