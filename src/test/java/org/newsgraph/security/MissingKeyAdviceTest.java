package org.newsgraph.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class MissingKeyAdviceTest {

    @Test
    void theAdvisedKeyAndConfigLineWorkTogether() {
        String key = MissingKeyAdvice.newKey();
        ApiKeyRegistry registry = new ApiKeyRegistry(new ApiKeyRegistryTest.Config(false,
                Optional.of(List.of("editor:" + KeyHash.format(KeyHash.of(key)))), Optional.empty(), Optional.empty()));
        assertEquals("editor", registry.find(key).orElseThrow().role());
    }

    @Test
    void advisedKeysAreLongAndFresh() {
        String key = MissingKeyAdvice.newKey();
        assertTrue(key.length() >= 43 && key.matches("[A-Za-z0-9_-]+"), key);
        assertNotEquals(key, MissingKeyAdvice.newKey());
    }
}
