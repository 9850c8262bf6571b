package org.newsgraph.graphql;

import java.util.Locale;
import java.util.Optional;

/**
 * The two response media types of GraphQL over HTTP, which one a request's {@code Accept} header asks for, and the
 * status a GraphQL response gets in it. Every HTTP entry to GraphQL answers by these rules, so that clients see
 * one behaviour: {@code application/graphql-response+json} tells request errors (no {@code data}: unparseable or
 * invalid document, variables that do not coerce, a refused query shape) by status 400, while
 * {@code application/json}, which older clients and proxies expect, always answers 200 with the errors inside.
 */
public enum GraphQLResponseType {
    GRAPHQL_RESPONSE_JSON("application/graphql-response+json"),
    JSON("application/json");

    private final String mediaType;
    private final String contentType;

    GraphQLResponseType(String mediaType) {
        this.mediaType = mediaType;
        this.contentType = mediaType + "; charset=utf-8";
    }

    /** The Content-Type header of a response of this type: always UTF-8. */
    public String contentType() {
        return contentType;
    }

    /** The status of a GraphQL response of this type, given whether it has a {@code data} entry (null counts). */
    public int status(boolean dataPresent) {
        return this == GRAPHQL_RESPONSE_JSON && !dataPresent ? 400 : 200;
    }

    /**
     * The type to answer a request with this {@code Accept} header in, or empty when it accepts neither (406).
     * No header means {@code application/json}. The most specific range that matches a type gives its quality;
     * the higher quality wins; on a tie a type named exactly beats one matched by a wildcard, both named exactly
     * give {@code application/graphql-response+json}, both matched by wildcards {@code application/json} (what
     * {@code *}{@code /*} clients such as curl understand).
     */
    public static Optional<GraphQLResponseType> negotiate(String accept) {
        if (accept == null || accept.isBlank()) {
            return Optional.of(JSON);
        }
        Match graphql = Match.NONE;
        Match json = Match.NONE;
        for (String range : accept.split(",")) {
            MediaRange parsed = MediaRange.parse(range);
            if (parsed != null) {
                graphql = graphql.narrowedBy(parsed, GRAPHQL_RESPONSE_JSON.mediaType);
                json = json.narrowedBy(parsed, JSON.mediaType);
            }
        }
        if (graphql.quality() <= 0 && json.quality() <= 0) {
            return Optional.empty();
        }
        if (graphql.quality() != json.quality()) {
            return Optional.of(graphql.quality() > json.quality() ? GRAPHQL_RESPONSE_JSON : JSON);
        }
        if (graphql.specificity() != json.specificity()) {
            return Optional.of(graphql.specificity() > json.specificity() ? GRAPHQL_RESPONSE_JSON : JSON);
        }
        return Optional.of(graphql.specificity() == MediaRange.EXACT ? GRAPHQL_RESPONSE_JSON : JSON);
    }

    /** How well the Accept header matched one type so far: the quality of its most specific matching range. */
    private record Match(int specificity, double quality) {
        static final Match NONE = new Match(-1, 0);

        Match narrowedBy(MediaRange range, String mediaType) {
            int rangeSpecificity = range.specificityFor(mediaType);
            return rangeSpecificity > specificity ? new Match(rangeSpecificity, range.quality()) : this;
        }
    }

    /** One media range of an Accept header, such as {@code application/*;q=0.5}. */
    private record MediaRange(String type, String subtype, double quality) {
        static final int EXACT = 2;
        private static final int TYPE_WILDCARD = 1;
        private static final int ANY = 0;
        private static final int NO_MATCH = -1;

        static MediaRange parse(String range) {
            String[] parts = range.split(";");
            String[] typeAndSubtype = parts[0].strip().toLowerCase(Locale.ROOT).split("/", -1);
            if (typeAndSubtype.length != 2) {
                return null;
            }
            double quality = 1;
            for (int i = 1; i < parts.length; i++) {
                String parameter = parts[i].strip();
                if (parameter.regionMatches(true, 0, "q=", 0, 2)) {
                    try {
                        quality = Double.parseDouble(parameter.substring(2).strip());
                    } catch (NumberFormatException e) {
                        return null;
                    }
                }
            }
            return new MediaRange(typeAndSubtype[0].strip(), typeAndSubtype[1].strip(), quality);
        }

        int specificityFor(String mediaType) {
            if (type.equals("*") && subtype.equals("*")) {
                return ANY;
            }
            int slash = mediaType.indexOf('/');
            if (!type.equals(mediaType.substring(0, slash))) {
                return NO_MATCH;
            }
            if (subtype.equals("*")) {
                return TYPE_WILDCARD;
            }
            return subtype.equals(mediaType.substring(slash + 1)) ? EXACT : NO_MATCH;
        }
    }
}
