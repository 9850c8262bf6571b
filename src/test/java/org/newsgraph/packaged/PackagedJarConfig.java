package org.newsgraph.packaged;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

import org.newsgraph.security.TestKeys;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Configuration of the packaged jar that {@code @QuarkusIntegrationTest} launches in its production profile: the
 * test keys (as their hashes, like an operator configures them) and a fresh data directory under target/.
 */
public class PackagedJarConfig implements QuarkusTestResourceLifecycleManager {
    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>();
        config.put("newsgraph.auth.keys", "editor:sha256:" + sha256(TestKeys.EDITOR) + ",admin:sha256:" + sha256(TestKeys.ADMIN));
        config.put("newsgraph.data-dir", Path.of("target", "packaged-jar-data", Long.toString(System.nanoTime())).toAbsolutePath().toString());
        return config;
    }

    @Override
    public void stop() {
    }

    private static String sha256(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
