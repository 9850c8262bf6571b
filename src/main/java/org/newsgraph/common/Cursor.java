package org.newsgraph.common;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Opaque position in a keyset-ordered list: the sort key and the id of the last row seen. Clients must treat it as
 * a token; a cursor that does not decode is refused as bad input naming the argument.
 */
public record Cursor(String key, long id) {
    private static final String VERSION = "c1";

    public String encode() {
        String plain = VERSION + ":" + key + ":" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    public static Cursor of(long key, long id) {
        return new Cursor(Long.toString(key), id);
    }

    public long numericKey(String argument) {
        try {
            return Long.parseLong(key);
        } catch (NumberFormatException e) {
            throw malformed(argument);
        }
    }

    /** Decodes {@code token}; null stays null (no cursor: start from the top). */
    public static Cursor decode(String token, String argument) {
        if (token == null) {
            return null;
        }
        try {
            String plain = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            int first = plain.indexOf(':');
            int last = plain.lastIndexOf(':');
            if (first < 0 || last <= first || !VERSION.equals(plain.substring(0, first))) {
                throw malformed(argument);
            }
            return new Cursor(plain.substring(first + 1, last), Long.parseLong(plain.substring(last + 1)));
        } catch (IllegalArgumentException e) {
            throw malformed(argument);
        }
    }

    private static InvalidInputException malformed(String argument) {
        return new InvalidInputException(argument, "not a cursor returned by this service");
    }
}
