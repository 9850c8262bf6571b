package org.newsgraph.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * CSRF tokens of the editor forms: an HMAC of the browser's sign-in key under a secret drawn at start. A page of
 * another site can neither read the token nor compute it, so it cannot post a form in the editor's name (the
 * SameSite=Strict cookie already keeps it from sending the cookie; the token holds without it). A restart voids the
 * tokens: the forms of pages opened before then are refused, and a reload fixes it.
 */
@ApplicationScoped
public class CsrfTokens {
    private static final String MAC = "HmacSHA256";
    private final SecretKeySpec secret;

    public CsrfTokens() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        secret = new SecretKeySpec(bytes, MAC);
    }

    String of(String signInKey) {
        try {
            Mac mac = Mac.getInstance(MAC);
            mac.init(secret);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(signInKey.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }

    boolean matches(String signInKey, String token) {
        return token != null && MessageDigest.isEqual(of(signInKey).getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
    }
}
