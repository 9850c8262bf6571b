package org.newsgraph.security;

import java.util.List;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;

/**
 * The workbench's sign-in: the key kept in an HttpOnly, SameSite=Strict cookie, accepted in place of the
 * {@code Authorization} header only where a browser uses it (reading the pages and exports, and posting the
 * workbench's own forms, which carry a CSRF token). The API ({@code /graphql}, {@code POST /articles}, {@code /graph})
 * never accepts it, so a page elsewhere cannot make a signed-in browser write through the API.
 */
public final class KeyCookie {
    public static final String NAME = "newsgraph_key";
    /** Pages and exports, read with GET: exact paths and path prefixes. */
    private static final List<String> PAGES = List.of("/", "/search", "/quotes.csv", "/events.csv");
    private static final List<String> PAGE_PREFIXES = List.of("/events/", "/people/", "/articles/");
    /** The workbench's forms, posted with a CSRF token. */
    private static final List<String> FORM_PREFIXES = List.of("/editor/", "/logout");

    private KeyCookie() {
    }

    /** True for a page or export read by a browser: where a missing key sends the reader to the sign-in form. */
    public static boolean isPageRead(RoutingContext context) {
        HttpMethod method = context.request().method();
        String path = context.normalizedPath();
        return (method == HttpMethod.GET || method == HttpMethod.HEAD)
                && (PAGES.contains(path) || PAGE_PREFIXES.stream().anyMatch(path::startsWith));
    }

    /** The key of the cookie where it is accepted, else null. */
    static String key(RoutingContext context) {
        String path = context.normalizedPath();
        boolean form = context.request().method() == HttpMethod.POST && FORM_PREFIXES.stream().anyMatch(path::startsWith);
        if (!form && !isPageRead(context)) {
            return null;
        }
        Cookie cookie = context.request().getCookie(NAME);
        return cookie == null || cookie.getValue().isBlank() ? null : cookie.getValue();
    }
}
