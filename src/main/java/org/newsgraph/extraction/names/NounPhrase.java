package org.newsgraph.extraction.names;

import org.newsgraph.kinds.PersonKind;

/**
 * A naming of a speaker or participant: tokens [from, to). For persons {@code name} and/or {@code title} are set
 * (display text, proclitic stripped); institutions carry their canonical {@code name}; anonymous sources carry a
 * {@code key} that groups the same kind of source. {@code roleFrom/roleTo} are the character range of an apposition.
 * {@code refersBack} marks "البيان" and the like, which speak for the previous speaker.
 */
public record NounPhrase(PersonKind kind, int from, int to, String name, String title, String key, int roleFrom, int roleTo,
        boolean refersBack) {
}
