package org.newsgraph.security;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Shape limits of one GraphQL request beyond what SmallRye checks (depth, complexity, tokens): aliases make one
 * request do the work of many, several operations in one document serve no client of this API, and a request
 * that runs long holds a worker others need.
 */
@ConfigMapping(prefix = "newsgraph.graphql")
public interface QueryLimitsConfig {

    @WithDefault("30")
    int maxAliases();

    @WithDefault("5")
    int maxOperations();

    /** Wall-clock limit of one GraphQL request, checked before each field is fetched. */
    @WithDefault("10s")
    Duration maxDuration();
}
