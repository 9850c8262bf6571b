package org.newsgraph.web;

import org.newsgraph.web.ArticlePageReads.ArticlePage;
import org.newsgraph.web.EventPageReads.EventPage;
import org.newsgraph.web.HomePageReads.HomePage;
import org.newsgraph.web.PersonPageReads.PersonPage;
import org.newsgraph.web.SearchPageReads.SearchPage;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The page templates (src/main/resources/templates), checked against these parameters when the service is built. */
@CheckedTemplate
public final class Views {
    private Views() {
    }

    public static native TemplateInstance home(HomePage page, Viewer viewer);

    public static native TemplateInstance event(EventPage page, Viewer viewer);

    public static native TemplateInstance person(PersonPage page, Viewer viewer);

    public static native TemplateInstance article(ArticlePage page, Viewer viewer);

    public static native TemplateInstance search(SearchPage page, Viewer viewer);

    public static native TemplateInstance login(String then, String problem, Viewer viewer);

    public static native TemplateInstance error(int status, String title, String detail, Viewer viewer);
}
