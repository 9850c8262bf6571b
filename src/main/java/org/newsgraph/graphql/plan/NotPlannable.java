package org.newsgraph.graphql.plan;

/**
 * Thrown when a request turns out to need SmallRye's execution after all: a bad argument, a resolver that refuses,
 * a null where the schema promises a value. Reads have no side effects, so SmallRye simply runs the request again
 * and answers with its usual error.
 */
final class NotPlannable extends RuntimeException {
    NotPlannable(String reason) {
        super(reason, null, false, false);
    }

    NotPlannable(Throwable cause) {
        super(cause.toString(), cause, false, false);
    }
}
