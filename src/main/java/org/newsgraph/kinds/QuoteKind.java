package org.newsgraph.kinds;

import org.eclipse.microprofile.graphql.Description;

@Description("How a statement is reported.")
public enum QuoteKind {
    @Description("The speaker's words inside quotation marks.")
    DIRECT,
    @Description("Reported speech (قال إن ...).")
    INDIRECT,
    @Description("Reported speech with quoted fragments.")
    MIXED
}
