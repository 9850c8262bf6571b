package org.newsgraph.nativeimage;

import org.newsgraph.common.InvalidInputMapper;
import org.newsgraph.ingest.ArticleResource;
import org.newsgraph.ingest.IngestOutcome;
import org.newsgraph.security.ErrorBody;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The JSON bodies that REST endpoints and exception mappers return inside a {@code Response}: Quarkus registers a
 * resource method's declared return type for reflection, but cannot see these, and without registration Jackson
 * finds no accessors for them in the native image.
 */
@RegisterForReflection(targets = {ArticleResource.IngestResponse.class, IngestOutcome.Result.class, InvalidInputMapper.ErrorBody.class,
        ErrorBody.class})
final class ResponseBodies {
    private ResponseBodies() {
    }
}
