package org.newsgraph.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The stored form of an API key: {@code sha256:<hex>} of its UTF-8 bytes. The key itself is never stored. */
public final class KeyHash {
    public static final String PREFIX = "sha256:";

    private KeyHash() {
    }

    public static byte[] of(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    public static String format(byte[] hash) {
        return PREFIX + HexFormat.of().formatHex(hash);
    }

    /** Reads {@code sha256:<64 hex digits>}; throws IllegalArgumentException naming what is wrong. */
    public static byte[] parse(String stored) {
        if (!stored.startsWith(PREFIX) || stored.length() != PREFIX.length() + 64) {
            throw new IllegalArgumentException("expected sha256: followed by 64 hex digits");
        }
        return HexFormat.of().parseHex(stored.substring(PREFIX.length()));
    }
}
