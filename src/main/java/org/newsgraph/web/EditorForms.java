package org.newsgraph.web;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.newsgraph.correction.CorrectionService;
import org.newsgraph.quote.QuoteQueries;
import org.newsgraph.quote.QuoteView;
import org.newsgraph.security.Roles;

/**
 * The editor controls of the pages: merge two people, add an alias, reassign a quote. Each form carries the CSRF
 * token of the editor's sign-in and goes through the same {@link CorrectionService} as the GraphQL mutations, then
 * sends the browser back to the page that shows the result.
 */
@Path("/editor")
@HtmlErrors
@RolesAllowed(Roles.EDITOR)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class EditorForms {
    @Inject
    Viewers viewers;
    @Inject
    CorrectionService corrections;
    @Inject
    QuoteQueries quotes;

    @POST
    @Path("merge-people")
    public Response mergePeople(@FormParam("csrf") String csrf, @FormParam("keep") String keep, @FormParam("merge") String merge) {
        viewers.checkForm(csrf);
        long kept = corrections.mergePeople(PageParams.id("keep", keep), PageParams.id("merge", merge), "workbench");
        return back("/people/" + kept);
    }

    @POST
    @Path("add-alias")
    public Response addAlias(@FormParam("csrf") String csrf, @FormParam("person") String person, @FormParam("alias") String alias) {
        viewers.checkForm(csrf);
        long id = corrections.addAlias(PageParams.id("person", person), alias, "workbench");
        return back("/people/" + id);
    }

    @POST
    @Path("reassign-quote")
    public Response reassignQuote(@FormParam("csrf") String csrf, @FormParam("quote") String quote, @FormParam("speaker") String speaker,
            @FormParam("event") String event, @FormParam("clearEvent") String clearEvent) {
        viewers.checkForm(csrf);
        long id = corrections.reassignQuote(PageParams.id("quote", quote), PageParams.optionalId("speaker", speaker),
                PageParams.optionalId("event", event), "true".equals(clearEvent), "workbench");
        QuoteView changed = quotes.byId(id);
        return back(changed.eventId() != null ? "/events/" + changed.eventId() : "/articles/" + changed.articleId() + "#q" + id);
    }

    private static Response back(String path) {
        return Response.seeOther(URI.create(path)).build();
    }
}
