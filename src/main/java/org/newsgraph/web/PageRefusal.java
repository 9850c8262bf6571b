package org.newsgraph.web;

import io.quarkus.qute.i18n.MessageBundles;

/** A page request the workbench refuses with an HTML error page: an unknown id (404) or a refused form (403). */
public class PageRefusal extends RuntimeException {
    private final int status;

    public PageRefusal(int status, String message) {
        super(message);
        this.status = status;
    }

    public static PageRefusal notFound(String what, long id) {
        return new PageRefusal(404, MessageBundles.get(PageTexts.class).notFound(what, id));
    }

    public int status() {
        return status;
    }
}
