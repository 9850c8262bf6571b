package org.newsgraph.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ApiKeyRegistryTest {

    record Config(boolean readRequiresKey, Optional<List<String>> keys, Optional<String> editorKey,
            Optional<String> adminKey, boolean devKey) implements AuthConfig {
    }

    static ApiKeyRegistry registry(List<String> keys, String editorKey) {
        return new ApiKeyRegistry(new Config(false, Optional.of(keys), Optional.ofNullable(editorKey), Optional.empty(), false), Path.of("unused"));
    }

    @Test
    void aHashedKeyIsFoundWithItsRoleAndOtherKeysAreNot() {
        ApiKeyRegistry registry = registry(List.of("admin:" + KeyHash.format(KeyHash.of("the-admin-key-0123"))), null);
        assertEquals("admin", registry.find("the-admin-key-0123").orElseThrow().role());
        assertTrue(registry.find("the-admin-key-0124").isEmpty());
    }

    @Test
    void aPlainKeyFromTheEnvironmentIsHashedAndGrantsEditor() {
        ApiKeyRegistry registry = registry(List.of(), "plain-editor-key-0123");
        assertEquals("editor", registry.find("plain-editor-key-0123").orElseThrow().role());
    }

    @Test
    void theLabelOfAKeyRevealsOnlyItsRoleAndAHashPrefix() {
        String label = registry(List.of(), "plain-editor-key-0123").find("plain-editor-key-0123").orElseThrow().label();
        assertTrue(label.matches("editor-[0-9a-f]{8}"), label);
    }

    @Test
    void noConfiguredKeyMeansAnEmptyRegistry() {
        assertTrue(registry(List.of("  "), null).isEmpty());
    }

    @Test
    void malformedEntriesStopTheStartNamingTheProperty() {
        for (String entry : List.of("editor", "owner:sha256:" + "0".repeat(64), "editor:md5:abc", "editor:sha256:xyz")) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> registry(List.of(entry), null), entry);
            assertTrue(e.getMessage().contains("newsgraph.auth.keys"), e.getMessage());
        }
    }

    @Test
    void aShortPlainKeyStopsTheStart() {
        assertThrows(IllegalStateException.class, () -> registry(List.of(), "short"));
    }

    @Test
    void eachRoleIncludesTheRolesBelowIt() {
        assertEquals(Set.of("reader"), Roles.grantedBy("reader"));
        assertEquals(Set.of("reader", "editor"), Roles.grantedBy("editor"));
        assertEquals(Set.of("reader", "editor", "admin"), Roles.grantedBy("admin"));
    }
}
