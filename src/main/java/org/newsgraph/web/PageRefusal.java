package org.newsgraph.web;

/** A page request the workbench refuses with an HTML error page: an unknown id (404) or a refused form (403). */
public class PageRefusal extends RuntimeException {
    private final int status;

    public PageRefusal(int status, String message) {
        super(message);
        this.status = status;
    }

    public static PageRefusal notFound(String what, long id) {
        return new PageRefusal(404, "لا يوجد " + what + " بالرقم " + id + " (no " + what + " " + id + ")");
    }

    public int status() {
        return status;
    }
}
