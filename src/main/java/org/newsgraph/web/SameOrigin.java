package org.newsgraph.web;

import java.net.URI;

import io.quarkus.qute.i18n.MessageBundles;

/**
 * Forms posted from another site are refused: a browser sends the page's origin with every form post, and it must
 * be this service's host. (The CSRF token does the same for signed-in forms; signing in has no token yet.)
 */
final class SameOrigin {
    private SameOrigin() {
    }

    static void check(String origin, String host) {
        if (origin == null) {
            return;
        }
        try {
            URI from = URI.create(origin);
            String authority = from.getPort() < 0 ? from.getHost() : from.getHost() + ":" + from.getPort();
            if (host != null && authority != null && authority.equalsIgnoreCase(host)) {
                return;
            }
        } catch (IllegalArgumentException e) {
            // an origin that is no URI is not ours
        }
        throw new PageRefusal(403, MessageBundles.get(PageTexts.class).crossSiteForm());
    }
}
