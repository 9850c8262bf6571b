package org.newsgraph.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Shape limits of one GraphQL request beyond what SmallRye checks (depth, complexity, tokens): aliases make one
 * request do the work of many, several operations in one document serve no client of this API.
 */
@ConfigMapping(prefix = "newsgraph.graphql")
public interface QueryLimitsConfig {

    @WithDefault("30")
    int maxAliases();

    @WithDefault("5")
    int maxOperations();
}
