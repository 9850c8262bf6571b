package org.newsgraph.graph;

import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.newsgraph.common.InvalidInputMapper.ErrorBody;

/** REST face of a refused import: 400 naming the bad line; 409 when the database holds a graph or another import runs. */
public class GraphErrorMapper {

    @ServerExceptionMapper
    public Response badLine(BadLineException e) {
        return Response.status(Response.Status.BAD_REQUEST).entity(new ErrorBody("BAD_LINE", "body", e.getMessage())).build();
    }

    @ServerExceptionMapper
    public Response conflict(ImportConflictException e) {
        return Response.status(Response.Status.CONFLICT).entity(new ErrorBody("CONFLICT", null, e.getMessage())).build();
    }
}
