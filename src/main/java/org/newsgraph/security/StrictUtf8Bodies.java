package org.newsgraph.security;

import java.io.ByteArrayInputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

/**
 * Refuses a JSON request body that is not well-formed UTF-8 (400, see {@link RestErrorMappers}), which the JSON reader
 * would decode leniently ({@link StrictUtf8}). Bodies are held to 4 MB, so checking them whole costs one pass over
 * bytes that are read anyway.
 */
@Provider
public class StrictUtf8Bodies implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        // a stream (the graph import) is the endpoint's to read, and checks its own decoding
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
