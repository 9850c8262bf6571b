package org.newsgraph.common;

import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** REST face of {@link InvalidInputException}: 400 with the code, the field and the message. */
public class InvalidInputMapper {

    public record ErrorBody(String code, String field, String message) {
    }

    @ServerExceptionMapper
    public Response map(InvalidInputException e) {
        return Response.status(Response.Status.BAD_REQUEST)
                .entity(new ErrorBody("BAD_USER_INPUT", e.field(), e.getMessage())).build();
    }
}
