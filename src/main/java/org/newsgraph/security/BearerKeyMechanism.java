package org.newsgraph.security;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.smallrye.mutiny.Uni;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.vertx.ext.web.RoutingContext;

/**
 * Reads {@code Authorization: Bearer <key>}. No header means an anonymous caller (who may read); a header that is
 * not a bearer key, or a key nobody configured, is refused with 401 rather than quietly treated as anonymous.
 * Without the header, the workbench's pages and forms take the key from its cookie ({@link KeyCookie}); a cookie
 * whose key is no longer configured leaves the browser signed out, and a page that needs a key sends it to the
 * sign-in form instead of answering 401.
 */
@ApplicationScoped
public class BearerKeyMechanism implements HttpAuthenticationMechanism {
    private static final String SCHEME = "Bearer";
    private static final ChallengeData CHALLENGE = new ChallengeData(401, HttpHeaderNames.WWW_AUTHENTICATE, SCHEME);

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        String header = context.request().getHeader(HttpHeaderNames.AUTHORIZATION);
        if (header == null) {
            String cookieKey = KeyCookie.key(context);
            return cookieKey == null ? Uni.createFrom().nullItem()
                    : identityProviderManager.authenticate(new ApiKeyAuthenticationRequest(cookieKey)).onFailure().recoverWithNull();
        }
        String key = bearerKey(header);
        if (key == null) {
            return Uni.createFrom().failure(new AuthenticationFailedException("Authorization is not 'Bearer <key>'"));
        }
        return identityProviderManager.authenticate(new ApiKeyAuthenticationRequest(key));
    }

    private static String bearerKey(String header) {
        String value = header.strip();
        if (value.length() <= SCHEME.length() || !value.regionMatches(true, 0, SCHEME, 0, SCHEME.length())
                || !Character.isWhitespace(value.charAt(SCHEME.length()))) {
            return null;
        }
        String key = value.substring(SCHEME.length()).strip();
        return key.isEmpty() ? null : key;
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        if (KeyCookie.isPageRead(context)) {
            String then = URLEncoder.encode(context.request().uri(), StandardCharsets.UTF_8);
            return Uni.createFrom().item(new ChallengeData(303, HttpHeaderNames.LOCATION, "/login?then=" + then));
        }
        return Uni.createFrom().item(CHALLENGE);
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(ApiKeyAuthenticationRequest.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom().item(new HttpCredentialTransport(HttpCredentialTransport.Type.AUTHORIZATION, SCHEME));
    }
}
