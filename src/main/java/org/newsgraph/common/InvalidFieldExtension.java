package org.newsgraph.common;

import jakarta.json.Json;
import jakarta.json.JsonValue;

import io.smallrye.graphql.api.ErrorExtensionProvider;

/** Adds {@code extensions.field} to GraphQL errors about bad input, so clients can point at the field. */
public class InvalidFieldExtension implements ErrorExtensionProvider {

    @Override
    public String getKey() {
        return "field";
    }

    @Override
    public JsonValue mapValueFrom(Throwable exception) {
        return exception instanceof InvalidInputException invalid ? Json.createValue(invalid.field()) : JsonValue.NULL;
    }
}
