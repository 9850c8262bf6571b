package org.newsgraph.writelock;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.newsgraph.common.InvalidInputMapper.ErrorBody;

/** REST face of {@link GraphImportRunningException}: 503, for the refusal lasts only as long as the import. */
public class GraphImportRunningMapper {
    /** Imports over HTTP take seconds (their body is held to 4 MB); one from the command line may take minutes. */
    static final int RETRY_AFTER_SECONDS = 5;

    @ServerExceptionMapper
    public Response map(GraphImportRunningException e) {
        return Response.status(Response.Status.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .entity(new ErrorBody(GraphImportRunningException.CODE, null, e.getMessage())).build();
    }
}
