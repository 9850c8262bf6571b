package org.newsgraph.extraction;

import java.util.List;

import org.newsgraph.kinds.PersonKind;

/**
 * A speaker or participant as named in one article. {@code ref} is local to the article;
 * {@code aliases} holds every surface form seen (original spelling, proclitics and quote marks stripped);
 * {@code roleSource} is the span the role was learnt from (an apposition), null when no role was seen.
 */
public record ExtractedPerson(int ref, String name, PersonKind kind, String role, String roleSource, List<String> aliases) {
}
