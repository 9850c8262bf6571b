package org.newsgraph.security;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 and refuses bytes that are not: the JDK's and Vert.x's usual decoders turn them into U+FFFD, and the
 * JSON readers accept overlong forms such as C0 AF (a '/'), so broken or forged bytes would reach the graph as text.
 */
public final class StrictUtf8 {

    private StrictUtf8() {
    }

    public static String decode(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    }
}
