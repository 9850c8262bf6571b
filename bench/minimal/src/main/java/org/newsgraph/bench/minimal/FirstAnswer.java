package org.newsgraph.bench.minimal;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Answers what bench/first-answer.sh polls, POST /graphql {"query":"{__typename}"}, with what newsgraph answers,
 * without parsing it: the minimal application measures Quarkus REST's own start-up, not GraphQL.
 */
@Path("/graphql")
public class FirstAnswer {
    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public String typename() {
        return "{\"data\":{\"__typename\":\"Query\"}}";
    }
}
