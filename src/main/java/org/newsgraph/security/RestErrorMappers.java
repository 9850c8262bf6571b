package org.newsgraph.security;

import java.io.CharConversionException;
import java.util.stream.Collectors;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

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

    /**
     * A body that is no JSON, or JSON of the wrong shape: 400 naming where (the parser's own message names classes).
     */
    @ServerExceptionMapper
    public Response notJson(JsonProcessingException e) {
        String where = e instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()
                ? "field " + mismatch.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                        .collect(Collectors.joining("."))
                : e.getLocation() == null ? "the body" : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ErrorBody.of("BAD_REQUEST", "the body is not the expected JSON (at " + where + ")")).build();
    }

    /** Takes the place of the JSON extension's own mapper for this subtype, whose body names classes. */
    @ServerExceptionMapper
    public Response mistyped(MismatchedInputException e) {
        return notJson(e);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        if (e instanceof WebApplicationException web) {
            // the JSON reader refuses a body as a bare 400: say what was wrong
            return web.getCause() instanceof JsonProcessingException json ? notJson(json) : web.getResponse();
        }
        return Response.serverError().type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorBody("INTERNAL", UnexpectedErrors.MESSAGE, UnexpectedErrors.log(e))).build();
    }
}
