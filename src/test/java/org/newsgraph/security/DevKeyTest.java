package org.newsgraph.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevKeyTest {
    @TempDir
    Path data;

    private ApiKeyRegistry start(boolean devKey) {
        return new ApiKeyRegistry(new ApiKeyRegistryTest.Config(false, Optional.of(List.of()), Optional.empty(), Optional.empty(), devKey),
                data);
    }

    @Test
    void theFirstStartWithTheDevKeyMakesAnAdminKeyInTheDataFolderThatLaterStartsAcceptAgain() throws Exception {
        DevKey first = start(true).devKey().orElseThrow();
        assertEquals(data.resolve("dev-key").toAbsolutePath(), first.file());
        assertEquals(first.key() + "\n", Files.readString(first.file(), StandardCharsets.UTF_8));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(first.file())));

        ApiKeyRegistry restarted = start(true);
        assertEquals(first.key(), restarted.devKey().orElseThrow().key());
        assertEquals(Roles.ADMIN, restarted.find(first.key()).orElseThrow().role());
    }

    @Test
    void aStartWithoutTheDevKeyAcceptsNoKeyEvenWhenTheFileExists() {
        String key = start(true).devKey().orElseThrow().key();
        ApiKeyRegistry production = start(false);
        assertTrue(production.isEmpty());
        assertTrue(production.find(key).isEmpty());
        assertTrue(production.devKey().isEmpty());
    }
}
