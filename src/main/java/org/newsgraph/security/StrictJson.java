package org.newsgraph.security;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * REST bodies with a key twice are refused (400, see {@link RestErrorMappers}): Jackson would keep the last value
 * silently, and which one a client meant is a guess. GraphQL bodies are read with the same rule.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }
}
