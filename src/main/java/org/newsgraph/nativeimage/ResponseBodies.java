package org.newsgraph.nativeimage;

import org.newsgraph.common.InvalidInputMapper;
import org.newsgraph.ingest.ArticleResource;
import org.newsgraph.ingest.IngestOutcome;
import org.newsgraph.security.ErrorBody;
import org.newsgraph.web.LiveEventQuotes;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The JSON bodies that REST endpoints and exception mappers return inside a {@code Response}: Quarkus registers a
 * resource method's declared return type for reflection, but cannot see these, and without registration Jackson
 * finds no accessors for them in the native image. (The workbench's live quotes, JSON inside server-sent events,
 * are registered too rather than trusting the stream's element type to be found.)
 */
@RegisterForReflection(targets = {ArticleResource.IngestResponse.class, IngestOutcome.Result.class, InvalidInputMapper.ErrorBody.class,
        ErrorBody.class, LiveEventQuotes.LiveQuote.class})
final class ResponseBodies {
    private ResponseBodies() {
    }
}
