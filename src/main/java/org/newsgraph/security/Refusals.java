package org.newsgraph.security;

/** What clients are told when access is refused: the same words over GraphQL and REST. */
public final class Refusals {
    public static final String UNAUTHENTICATED = "UNAUTHENTICATED";
    static final String FORBIDDEN = "FORBIDDEN";
    public static final String NO_KEY = "an API key is required: send 'Authorization: Bearer <key>'";
    static final String UNKNOWN_KEY = "the API key was not recognised: send 'Authorization: Bearer <key>' with a configured key";
    static final String NO_KEY_CONFIGURED = "the API key was not recognised: this service has no API key configured, so it"
            + " refuses every write; configure one (README, \"Access keys\"; its start log prints one to use) or start it"
            + " with ./run for a development key";
    static final String TOO_WEAK = "the API key's role does not allow this operation";

    private Refusals() {
    }
}
