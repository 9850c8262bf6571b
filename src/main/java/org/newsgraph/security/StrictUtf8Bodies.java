package org.newsgraph.security;

import java.io.ByteArrayInputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

/**
 * Refuses a request body declared in a charset other than UTF-8 (415), and a JSON request body that is not
 * well-formed UTF-8 (400, see {@link RestErrorMappers}), which the JSON reader
 * would decode leniently ({@link StrictUtf8}). Bodies are held to 4 MB, so checking them whole costs one pass over
 * bytes that are read anyway.
 */
@Provider
public class StrictUtf8Bodies implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        // a stream (the graph import) is the endpoint's to read, and checks its own decoding
        String charset = context.getMediaType() == null ? null : context.getMediaType().getParameters().get(MediaType.CHARSET_PARAMETER);
        if (charset != null && !charset.strip().replace("\"", "").equalsIgnoreCase("utf-8")) {
            // the rule of /graphql: bodies are UTF-8, and a body declared otherwise is refused, not guessed at
            throw new WebApplicationException(Response.status(Response.Status.UNSUPPORTED_MEDIA_TYPE).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(ErrorBody.of("UNSUPPORTED_MEDIA_TYPE", "the body must be UTF-8 (charset=utf-8)")).build());
        }
        if (MediaType.APPLICATION_JSON_TYPE.isCompatible(context.getMediaType()) && context.getType() != InputStream.class) {
            byte[] body = context.getInputStream().readAllBytes();
            try {
                StrictUtf8.decode(body);
            } catch (CharacterCodingException e) {
                throw new CharConversionException("the body is not UTF-8");
            }
            context.setInputStream(new ByteArrayInputStream(body));
        }
        return context.proceed();
    }
}
