package org.newsgraph.web;

/**
 * Who is looking at a page: signed in (with the key cookie) or not, an editor or not, and, when signed in, the CSRF
 * token the page's forms carry. Readers never get editor controls.
 */
public record Viewer(boolean signedIn, boolean editor, String csrf) {
    /** Someone not signed in: a reader of an open service, or an error page's viewer. */
    public static final Viewer ANONYMOUS = new Viewer(false, false, null);
}
