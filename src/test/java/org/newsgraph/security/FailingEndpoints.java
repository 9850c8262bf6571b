package org.newsgraph.security;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Query;

/** Test-only endpoints that fail the way a bug would, with details that must not reach the client. */
@GraphQLApi
@Path("/test-failure")
public class FailingEndpoints {
    static final String SECRET_DETAIL = "select secret_column from org.newsgraph.Hidden";

    @Query
    @Description("Fails with an unexpected error, for the error hygiene tests.")
    public String failForTest() {
        throw new IllegalStateException(SECRET_DETAIL);
    }

    @GET
    public String fail() {
        throw new IllegalStateException(SECRET_DETAIL);
    }
}
