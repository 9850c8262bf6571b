package org.newsgraph.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.newsgraph.security.KeyCookie;
import org.newsgraph.security.Roles;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.Cookie;

/** The {@link Viewer} of the current request, from its security identity and sign-in cookie. */
@ApplicationScoped
public class Viewers {
    @Inject
    SecurityIdentity identity;
    @Inject
    CurrentVertxRequest request;
    @Inject
    CsrfTokens csrf;
    @Inject
    PageTexts texts;

    public Viewer current() {
        String key = signInKey();
        boolean signedIn = key != null && !identity.isAnonymous();
        return new Viewer(signedIn, signedIn && identity.hasRole(Roles.EDITOR), signedIn ? csrf.of(key) : null);
    }

    /** The key of the sign-in cookie, or null. */
    String signInKey() {
        Cookie cookie = request.getCurrent().request().getCookie(KeyCookie.NAME);
        return cookie == null || cookie.getValue().isBlank() ? null : cookie.getValue();
    }

    /** Refuses a form whose CSRF token is not the one of this browser's sign-in. */
    void checkForm(String token) {
        String key = signInKey();
        if (key == null || !csrf.matches(key, token)) {
            throw new PageRefusal(403, texts.staleForm());
        }
    }
}
