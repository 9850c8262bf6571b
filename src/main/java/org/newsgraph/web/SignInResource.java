package org.newsgraph.web;

import java.net.URI;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import org.newsgraph.security.ApiKeyRegistry;
import org.newsgraph.security.KeyCookie;

import io.quarkus.qute.TemplateInstance;

/**
 * Signing in to the workbench: the form takes a key, checks it like the API does, and keeps it in an HttpOnly,
 * SameSite=Strict cookie (Secure over HTTPS) that only the pages and their forms accept. Signing out clears it.
 */
@Path("/")
@HtmlErrors
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class SignInResource {
    /** A sign-in lasts a working day. */
    private static final int MAX_AGE_SECONDS = 12 * 3600;

    @Inject
    ApiKeyRegistry keys;
    @Inject
    Viewers viewers;
    @Inject
    PageTexts texts;

    @GET
    @Path("login")
    public TemplateInstance form(@QueryParam("then") String then) {
        return Views.login(localPath(then), null, viewers.current());
    }

    @POST
    @Path("login")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signIn(@FormParam("key") String key, @FormParam("then") String then, @HeaderParam("Origin") String origin,
            @HeaderParam(HttpHeaders.HOST) String host, @HeaderParam("X-Forwarded-Proto") String forwardedProto) {
        SameOrigin.check(origin, host);
        String presented = key == null ? "" : key.strip();
        if (presented.isEmpty() || keys.find(presented).isEmpty()) {
            return Response.status(401).entity(Views.login(localPath(then), texts.unknownKey(), Viewer.ANONYMOUS)).build();
        }
        boolean https = "https".equalsIgnoreCase(forwardedProto);
        return Response.seeOther(URI.create(localPath(then))).cookie(cookie(presented, MAX_AGE_SECONDS, https)).build();
    }

    @POST
    @Path("logout")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signOut(@FormParam("csrf") String csrf, @HeaderParam("X-Forwarded-Proto") String forwardedProto) {
        viewers.checkForm(csrf);
        return Response.seeOther(URI.create("/")).cookie(cookie("", 0, "https".equalsIgnoreCase(forwardedProto))).build();
    }

    private static NewCookie cookie(String value, int maxAge, boolean secure) {
        return new NewCookie.Builder(KeyCookie.NAME).value(value).path("/").maxAge(maxAge).httpOnly(true).secure(secure)
                .sameSite(NewCookie.SameSite.STRICT).build();
    }

    /** Where to go after signing in: a path of this service only, never another site. */
    static String localPath(String then) {
        return then != null && then.startsWith("/") && !then.startsWith("//") && !then.contains("\\") ? then : "/";
    }
}
