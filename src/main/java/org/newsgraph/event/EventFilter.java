package org.newsgraph.event;

import java.time.LocalDate;

import org.newsgraph.kinds.EventKind;

/** Filters of the events list; null fields do not filter. */
public record EventFilter(LocalDate from, LocalDate to, EventKind kind, Long participant) {
}
