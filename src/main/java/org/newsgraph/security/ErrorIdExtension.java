package org.newsgraph.security;

import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonValue;

import org.newsgraph.common.InvalidInputException;
import org.newsgraph.writelock.GraphImportRunningException;

import graphql.GraphqlErrorException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.smallrye.graphql.api.ErrorExtensionProvider;
import io.smallrye.graphql.transformation.TransformException;

/**
 * Adds {@code extensions.errorId} to GraphQL errors from unexpected exceptions and logs the exception under that id.
 * Refusals the service means to make (bad input, missing rights) are the client's business, not the log's.
 */
public class ErrorIdExtension implements ErrorExtensionProvider {
    /**
     * Bad input (ours, graphql-java's argument coercion, SmallRye's argument conversion), limits, refused access and
     * writes refused while a graph import runs.
     */
    private static final Set<Class<? extends Throwable>> EXPECTED = Set.of(InvalidInputException.class,
            GraphqlErrorException.class, TransformException.class, GraphImportRunningException.class,
            NotAuthenticatedException.class, NotAllowedException.class, RequestTooSlowException.class,
            UnauthorizedException.class, ForbiddenException.class, AuthenticationFailedException.class);

    @Override
    public String getKey() {
        return "errorId";
    }

    @Override
    public JsonValue mapValueFrom(Throwable exception) {
        if (EXPECTED.stream().anyMatch(type -> type.isInstance(exception))) {
            return JsonValue.NULL;
        }
        return Json.createValue(UnexpectedErrors.log(exception));
    }
}
