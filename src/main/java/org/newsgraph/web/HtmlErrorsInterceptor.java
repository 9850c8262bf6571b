package org.newsgraph.web;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.newsgraph.common.InvalidInputException;

/**
 * Turns what a page refuses into an HTML page with the status: 400 naming the parameter, 404 for an unknown id, 403
 * for a refused form. The REST API keeps its JSON errors (its mappers are global); anything unexpected still goes to
 * the global mapper, which shows an error id and never a stack trace.
 */
@HtmlErrors
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class HtmlErrorsInterceptor {
    @Inject
    PageTexts texts;

    @AroundInvoke
    Object answer(InvocationContext invocation) throws Exception {
        try {
            return invocation.proceed();
        } catch (InvalidInputException e) {
            throw page(400, texts.invalidInput(e.field()), e.getMessage());
        } catch (PageRefusal e) {
            throw page(e.status(), e.status() == 404 ? texts.notFoundTitle() : texts.refusedTitle(), e.getMessage());
        }
    }

    /** The error page as the response of an exception, whatever the method returns; REST sends it as it is. */
    static WebApplicationException page(int status, String title, String detail) {
        return new WebApplicationException(Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Views.error(status, title, detail, Viewer.ANONYMOUS).render()).build());
    }
}
