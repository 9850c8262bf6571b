package org.newsgraph.kinds;

import org.eclipse.microprofile.graphql.Description;

@Description("What sort of speaker a person is.")
public enum PersonKind {
    @Description("A named person.")
    PERSON,
    @Description("An unnamed source, e.g. \"a senior official\".")
    ANONYMOUS,
    @Description("An institution speaking as such, e.g. \"the Kremlin\".")
    INSTITUTION
}
