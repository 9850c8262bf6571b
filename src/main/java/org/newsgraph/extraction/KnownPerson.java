package org.newsgraph.extraction;

import java.util.Collection;

import org.newsgraph.person.PersonKind;

/** A stored person offered as a candidate for an extracted one. */
public record KnownPerson(long id, String name, PersonKind kind, Collection<String> aliases) {
}
