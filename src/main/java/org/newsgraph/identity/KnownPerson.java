package org.newsgraph.identity;

import java.util.Collection;

import org.newsgraph.kinds.PersonKind;

/** A person the service already stores, offered to {@link PersonMatcher} as a candidate. */
public record KnownPerson(long id, String name, PersonKind kind, Collection<String> aliases) {
}
