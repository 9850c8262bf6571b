package org.newsgraph.extraction;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/** First version: a person matches a candidate of the same kind that shares a normalised alias. */
public final class PersonMatcher {

    public Optional<Match> match(ExtractedPerson person, Collection<KnownPerson> candidates) {
        Set<String> keys = new LinkedHashSet<>();
        person.aliases().forEach(a -> keys.add(ArabicNormalizer.matchKey(a)));
        keys.add(ArabicNormalizer.matchKey(person.name()));
        for (KnownPerson candidate : candidates) {
            if (candidate.kind() != person.kind()) {
                continue;
            }
            for (String alias : candidate.aliases()) {
                if (keys.contains(ArabicNormalizer.matchKey(alias))) {
                    return Optional.of(new Match(candidate.id(), 1.0, "same-alias"));
                }
            }
        }
        return Optional.empty();
    }

    public static Set<String> tokens(String name) {
        Set<String> tokens = new LinkedHashSet<>();
        for (String token : ArabicNormalizer.matchKey(name).split(" ")) {
            if (!token.isEmpty()) {
                tokens.add(token);
            }
        }
        return tokens;
    }
}
