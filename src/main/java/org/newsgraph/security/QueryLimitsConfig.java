package org.newsgraph.security;

import java.time.Duration;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Limits of one GraphQL request, enforced alike by the planned executor and by SmallRye. Before it runs: its shape
 * (aliases, operations, depth, fields) and the rows its answer may hold, each list counted at its page size. While it
 * runs: its time, the rows it reads and the size of its answer; over one of these it is stopped and answers only an
 * error that names the limit.
 */
@ConfigMapping(prefix = "newsgraph.graphql")
public interface QueryLimitsConfig {

    @WithDefault("30")
    int maxAliases();

    @WithDefault("5")
    int maxOperations();

    /** Nesting of fields, the root fields being at depth 1. */
    @WithDefault("15")
    int maxDepth();

    /** Fields selected, every fragment spread counted where it is spread. */
    @WithDefault("400")
    int maxComplexity();

    /** Objects the answer may hold at most, each list counted at its {@code first} (see {@link EstimatedRows}). */
    @WithDefault("50000")
    int maxEstimatedRows();

    /** Rows the request's reads may return in all. */
    @WithDefault("20000")
    long maxRows();

    /** Size of the answer, in bytes of JSON. */
    @WithDefault("16M")
    MemorySize maxAnswerSize();

    /** Wall-clock limit of one GraphQL request: its statements are cancelled when it runs out. */
    @WithDefault("10s")
    Duration maxDuration();
}
