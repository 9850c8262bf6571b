package org.newsgraph.security;

/** What clients are told when access is refused: the same words over GraphQL and REST. */
public final class Refusals {
    public static final String UNAUTHENTICATED = "UNAUTHENTICATED";
    static final String FORBIDDEN = "FORBIDDEN";
    public static final String NO_KEY = "an API key is required: send 'Authorization: Bearer <key>'";
    static final String UNKNOWN_KEY = "the API key was not recognised: send 'Authorization: Bearer <key>' with a configured key";
    static final String TOO_WEAK = "the API key's role does not allow this operation";

    private Refusals() {
    }
}
