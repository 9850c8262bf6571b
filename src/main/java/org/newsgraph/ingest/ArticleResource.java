package org.newsgraph.ingest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.newsgraph.common.InvalidInputException;
import org.newsgraph.security.Roles;

/** {@code POST /articles}: the REST twin of the ingestArticle mutation. */
@Path("/articles")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ArticleResource {
    @Inject
    IngestService ingest;

    /** The JSON fields of ArticleInput; publishedAt is an ISO-8601 string. */
    public record ArticleJson(String url, String outlet, String title, String publishedAt, String language, String body) {
    }

    /** The answer: the article's id, whether it was new, what was written. */
    public record IngestResponse(long articleId, boolean created, IngestOutcome.Result result, int quotes, int events,
            List<String> warnings) {
    }

    @POST
    @RolesAllowed(Roles.EDITOR)
    public Response ingest(ArticleJson json) {
        if (json == null) {
            throw new InvalidInputException("body", "a JSON object with url, outlet and body is required");
        }
        IngestOutcome outcome = ingest.ingest(new ArticleSubmission(json.url(), json.outlet(), json.title(),
                SubmissionValidator.parsePublishedAt(json.publishedAt()), json.language(), json.body()));
        return Response.status(outcome.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(new IngestResponse(outcome.articleId(), outcome.created(), outcome.result(), outcome.quotes(),
                        outcome.events(), outcome.warnings())).build();
    }
}
