package org.newsgraph.kinds;

import org.eclipse.microprofile.graphql.Description;

@Description("Kinds of diplomatic event, a subset of CAMEO's CONSULT family.")
public enum EventKind {
    @Description("A telephone call between leaders or officials.")
    PHONE_CALL,
    @Description("A call by video link.")
    VIDEO_CALL,
    @Description("A meeting of heads of state or government, often of several countries.")
    SUMMIT,
    @Description("Talks or a meeting between delegations or officials.")
    TALKS,
    @Description("A session of a council or similar body (Security Council, ministerial council ...).")
    COUNCIL_MEETING,
    @Description("A conference or forum with many participants.")
    CONFERENCE,
    @Description("A press conference or briefing.")
    PRESS_BRIEFING,
    @Description("Any other consultation.")
    OTHER
}
