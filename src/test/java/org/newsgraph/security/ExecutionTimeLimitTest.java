package org.newsgraph.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.schema.DataFetcher;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;

class ExecutionTimeLimitTest {

    static GraphQL engine(Duration limit) {
        DataFetcher<String> slow = environment -> {
            Thread.sleep(400);
            return "done";
        };
        RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
                .type("Query", type -> type.dataFetcher("slow", slow).dataFetcher("quick", environment -> "quick")).build();
        return GraphQL.newGraphQL(new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse("type Query { slow: String quick: String }"), wiring))
                .instrumentation(new ExecutionTimeLimit(limit)).build();
    }

    @Test
    void fieldsAfterTheLimitAreRefusedNamingTheLimit() {
        GraphQL engine = engine(Duration.ofMillis(300));
        engine.execute("{ quick }"); // warm up: a cold first run alone can take longer than the limit
        ExecutionResult result = engine.execute("{ slow quick }");

        Map<String, Object> data = result.getData();
        assertEquals("done", data.get("slow"));
        assertEquals(null, data.get("quick"));
        assertEquals(1, result.getErrors().size());
        assertTrue(result.getErrors().get(0).getMessage().contains("newsgraph.graphql.max-duration"), result.getErrors().toString());
    }

    @Test
    void aRequestWithinTheLimitIsUntouched() {
        ExecutionResult result = engine(Duration.ofSeconds(10)).execute("{ slow quick }");

        assertEquals(Map.of("slow", "done", "quick", "quick"), result.getData());
        assertTrue(result.getErrors().isEmpty());
    }
}
