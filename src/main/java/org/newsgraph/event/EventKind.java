package org.newsgraph.event;

/** Kinds of diplomatic event, a subset of CAMEO's CONSULT family. */
public enum EventKind {
    PHONE_CALL, VIDEO_CALL, SUMMIT, TALKS, COUNCIL_MEETING, CONFERENCE, PRESS_BRIEFING, OTHER
}
