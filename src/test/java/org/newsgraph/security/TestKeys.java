package org.newsgraph.security;

import io.restassured.http.Header;

/** The API keys of the test profile (their hashes are the %test.newsgraph.auth.keys lines of application.properties). */
public final class TestKeys {
    public static final String EDITOR = "test-editor-key-0123456789";
    public static final String ADMIN = "test-admin-key-0123456789";
    public static final String READER = "test-reader-key-0123456789";

    private TestKeys() {
    }

    public static Header bearer(String key) {
        return new Header("Authorization", "Bearer " + key);
    }

    /** What the test helpers send: ingestion needs an editor. */
    public static Header editor() {
        return bearer(EDITOR);
    }
}
