package org.newsgraph.event;

import java.time.LocalDate;

/** Filters of the events list; null fields do not filter. */
public record EventFilter(LocalDate from, LocalDate to, EventKind kind, Long participant) {
}
