package org.newsgraph.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class KeyAdviceTest {

    @Test
    void theAdvisedKeyAndConfigLineWorkTogether() {
        String key = KeyAdvice.newKey();
        ApiKeyRegistry registry = new ApiKeyRegistry(new ApiKeyRegistryTest.Config(false,
                Optional.of(List.of("editor:" + KeyHash.format(KeyHash.of(key)))), Optional.empty(), Optional.empty(), false),
                Path.of("unused"));
        assertEquals("editor", registry.find(key).orElseThrow().role());
    }

    @Test
    void advisedKeysAreLongAndFresh() {
        String key = KeyAdvice.newKey();
        assertTrue(key.length() >= 43 && key.matches("[A-Za-z0-9_-]+"), key);
        assertNotEquals(key, KeyAdvice.newKey());
    }
}
