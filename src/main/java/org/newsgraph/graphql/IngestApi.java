package org.newsgraph.graphql;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.newsgraph.article.ArticleQueries;
import org.newsgraph.article.ArticleView;
import org.newsgraph.ingest.ArticleSubmission;
import org.newsgraph.ingest.IngestOutcome;
import org.newsgraph.ingest.IngestService;
import org.newsgraph.ingest.SubmissionValidator;
import org.newsgraph.security.Roles;

import io.smallrye.graphql.api.AdaptToScalar;
import io.smallrye.graphql.api.Scalar;

@GraphQLApi
public class IngestApi {
    @Inject
    IngestService ingest;
    @Inject
    ArticleQueries articles;

    @Input("ArticleInput")
    @Description("An article as scraped. The url is its identity: the same url again duplicates nothing.")
    public record ArticleInput(
            @NonNull @Description("Where the article was published (http or https); its identity.") String url,
            @NonNull @Description("Name of the publishing outlet.") String outlet,
            @Description("Headline; taken from the text when omitted.") String title,
            @Description("ISO-8601 instant; anchors relative dates in the text (يوم الخميس, أمس ...).") @AdaptToScalar(Scalar.DateTime.class) String publishedAt,
            @DefaultValue("ar") @Description("Language code of the text.") String language,
            @NonNull @Description("Raw text as scraped, page noise included.") String body) {
    }

    @Type("IngestResult")
    @Description("What ingesting one article did.")
    public record IngestResult(
            @NonNull @Description("The article as stored.") ArticleView article,
            @Description("False when the url was already known.") boolean created,
            @Description("How many quotes the article has.") int quotes,
            @Description("How many events it reports.") int events,
            @NonNull @Description("What extraction could not settle, in words.") List<@NonNull String> warnings) {
    }

    @Mutation
    @RolesAllowed(Roles.EDITOR)
    @NonNull
    @Description("Runs the article through the extraction pipeline and stores it with its quotes, people and events, atomically.")
    public IngestResult ingestArticle(@NonNull @Name("input") @Description("The article.") ArticleInput input) {
        IngestOutcome outcome = ingest.ingest(new ArticleSubmission(input.url(), input.outlet(), input.title(),
                SubmissionValidator.parsePublishedAt(input.publishedAt()), input.language(), input.body()));
        ArticleView article = articles.byIds(List.of(outcome.articleId())).get(outcome.articleId());
        return new IngestResult(article, outcome.created(), outcome.quotes(), outcome.events(), outcome.warnings());
    }
}
