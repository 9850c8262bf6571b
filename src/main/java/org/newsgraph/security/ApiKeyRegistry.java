package org.newsgraph.security;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.Startup;

/**
 * The API keys the service accepts, as hashes with the role each grants. Built once at start, so a malformed key
 * entry stops the service with a message naming it rather than silently locking clients out.
 */
@Startup
@ApplicationScoped
public class ApiKeyRegistry {
    /** Shorter plain keys are guessable; generated keys are far longer. */
    static final int MIN_PLAIN_KEY_LENGTH = 16;

    /** A known key: its hash, the role it grants, and a short name for logs that reveals nothing of the key. */
    public record KnownKey(byte[] hash, String role, String label) {
    }

    private final List<KnownKey> keys;
    private final Optional<DevKey> devKey;

    @Inject
    public ApiKeyRegistry(AuthConfig config, @ConfigProperty(name = "newsgraph.data-dir") Path dataDir) {
        List<KnownKey> known = new ArrayList<>();
        config.keys().orElse(List.of()).stream().filter(entry -> !entry.isBlank())
                .forEach(entry -> known.add(parseEntry(entry.strip())));
        config.editorKey().ifPresent(key -> known.add(plain("newsgraph.auth.editor-key", key, Roles.EDITOR)));
        config.adminKey().ifPresent(key -> known.add(plain("newsgraph.auth.admin-key", key, Roles.ADMIN)));
        this.devKey = config.devKey() ? Optional.of(DevKey.loadOrCreate(dataDir)) : Optional.empty();
        devKey.ifPresent(dev -> known.add(known(KeyHash.of(dev.key()), Roles.ADMIN)));
        this.keys = List.copyOf(known);
    }

    /** The development key, when this start accepts one. */
    public Optional<DevKey> devKey() {
        return devKey;
    }

    public boolean isEmpty() {
        return keys.isEmpty();
    }

    /**
     * The key whose hash matches. Every known hash is compared in constant time, and all of them are compared
     * whatever matches, so timing tells nothing about the keys.
     */
    public Optional<KnownKey> find(String presented) {
        byte[] hash = KeyHash.of(presented);
        KnownKey found = null;
        for (KnownKey key : keys) {
            if (MessageDigest.isEqual(key.hash(), hash)) {
                found = key;
            }
        }
        return Optional.ofNullable(found);
    }

    private static KnownKey parseEntry(String entry) {
        int colon = entry.indexOf(':');
        String role = colon < 0 ? "" : entry.substring(0, colon);
        if (!Roles.isRole(role)) {
            throw misconfigured("newsgraph.auth.keys", "each entry is <role>:sha256:<hex> with role one of " + Roles.names());
        }
        try {
            return known(KeyHash.parse(entry.substring(colon + 1)), role);
        } catch (IllegalArgumentException e) {
            throw misconfigured("newsgraph.auth.keys", "entry for role " + role + ": " + e.getMessage());
        }
    }

    private static KnownKey plain(String property, String key, String role) {
        if (key.strip().length() < MIN_PLAIN_KEY_LENGTH) {
            throw misconfigured(property, "a key needs at least " + MIN_PLAIN_KEY_LENGTH + " characters");
        }
        return known(KeyHash.of(key.strip()), role);
    }

    private static KnownKey known(byte[] hash, String role) {
        return new KnownKey(hash, role, role + "-" + HexFormat.of().formatHex(hash, 0, 4));
    }

    private static IllegalStateException misconfigured(String property, String problem) {
        return new IllegalStateException("Bad API key configuration in " + property + ": " + problem);
    }
}
