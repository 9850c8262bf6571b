package org.newsgraph.security;

import java.io.CharConversionException;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * REST faces of refusals and failures: 401 and 403 with a code, 400 for undecodable bodies, and for anything unexpected a 500 that shows no
 * exception detail, only an id that is in the server log. Exceptions that already carry an HTTP response keep it.
 */
public class RestErrorMappers {

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e) {
        return Response.status(Response.Status.UNAUTHORIZED).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .type(MediaType.APPLICATION_JSON_TYPE).entity(ErrorBody.of(Refusals.UNAUTHENTICATED, Refusals.NO_KEY)).build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return Response.status(Response.Status.FORBIDDEN)
                .type(MediaType.APPLICATION_JSON_TYPE).entity(ErrorBody.of(Refusals.FORBIDDEN, Refusals.TOO_WEAK)).build();
    }

    /** A body whose bytes are no text in the encoding the JSON reader detected: the client's mistake. */
    @ServerExceptionMapper
    public Response undecodable(CharConversionException e) {
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ErrorBody.of("BAD_REQUEST", "the body is not JSON text in UTF-8")).build();
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        if (e instanceof WebApplicationException web) {
            return web.getResponse();
        }
        return Response.serverError().type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorBody("INTERNAL", UnexpectedErrors.MESSAGE, UnexpectedErrors.log(e))).build();
    }
}
