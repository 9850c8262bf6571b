package org.newsgraph.correction;

import io.smallrye.graphql.api.ErrorCode;

/** An alias that already names another person: a name has one owner, so the two are merged, not shared. */
@ErrorCode("ALIAS_CONFLICT")
public class AliasConflictException extends RuntimeException {

    public AliasConflictException(String alias, long owner) {
        super("alias: '" + alias + "' is already a name of person " + owner + "; if they are one person, merge them (mergePeople)");
    }
}
