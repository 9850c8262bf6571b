package org.newsgraph.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.graphql.GraphQLResponseType.GRAPHQL_RESPONSE_JSON;
import static org.newsgraph.graphql.GraphQLResponseType.JSON;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class GraphQLResponseTypeTest {

    @Test
    void noAcceptHeaderOrAnyTypeGetsApplicationJson() {
        assertEquals(Optional.of(JSON), GraphQLResponseType.negotiate(null));
        assertEquals(Optional.of(JSON), GraphQLResponseType.negotiate(" "));
        assertEquals(Optional.of(JSON), GraphQLResponseType.negotiate("*/*"));
        assertEquals(Optional.of(JSON), GraphQLResponseType.negotiate("application/*"));
        assertEquals(Optional.of(JSON), GraphQLResponseType.negotiate("text/html, */*;q=0.8"));
    }

    @Test
    void aTypeNamedExactlyBeatsWildcardsOfTheSameQuality() {
        assertEquals(Optional.of(GRAPHQL_RESPONSE_JSON), GraphQLResponseType.negotiate("application/graphql-response+json, */*"));
        assertEquals(Optional.of(JSON), GraphQLResponseType.negotiate("application/json, application/*"));
        assertEquals(Optional.of(GRAPHQL_RESPONSE_JSON), GraphQLResponseType.negotiate("application/json, application/graphql-response+json"));
    }

    @Test
    void theHigherQualityWins() {
        assertEquals(Optional.of(GRAPHQL_RESPONSE_JSON),
                GraphQLResponseType.negotiate("application/graphql-response+json, application/json;q=0.9"));
        assertEquals(Optional.of(JSON), GraphQLResponseType.negotiate("application/graphql-response+json;q=0.5, application/json"));
        assertEquals(Optional.of(JSON), GraphQLResponseType.negotiate("Application/JSON; charset=utf-8"));
    }

    @Test
    void theMostSpecificRangeDecidesSoQualityZeroExcludesAType() {
        assertEquals(Optional.of(GRAPHQL_RESPONSE_JSON), GraphQLResponseType.negotiate("application/json;q=0, */*"));
        assertEquals(Optional.empty(), GraphQLResponseType.negotiate("application/*;q=0, */*"));
    }

    @Test
    void typesThatAreNeitherAreNotAcceptable() {
        assertEquals(Optional.empty(), GraphQLResponseType.negotiate("text/html"));
        assertEquals(Optional.empty(), GraphQLResponseType.negotiate("application/xml, text/*"));
        assertEquals(Optional.empty(), GraphQLResponseType.negotiate("nonsense"));
    }

    @Test
    void onlyGraphQLResponseJsonAnswersResponsesWithoutDataWith400() {
        assertEquals(400, GRAPHQL_RESPONSE_JSON.status(false));
        assertEquals(200, GRAPHQL_RESPONSE_JSON.status(true));
        assertEquals(200, JSON.status(false));
        assertEquals(200, JSON.status(true));
    }
}
