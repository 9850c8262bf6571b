package org.newsgraph.ingest;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

import org.newsgraph.common.InvalidInputException;

/** Refuses bad submissions with an error naming the field, before anything is stored. */
public final class SubmissionValidator {
    public static final int MAX_BODY_BYTES = 1_000_000;
    private static final int MAX_URL = 2048;
    private static final int MAX_OUTLET = 300;
    private static final int MAX_TITLE = 4000;
    private static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})?");

    private SubmissionValidator() {
    }

    /** Parses an ISO-8601 instant with offset, as sent in JSON. */
    public static Instant parsePublishedAt(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("publishedAt", "not an ISO-8601 date-time with offset, e.g. 2021-12-30T20:35:00Z");
        }
    }

    /** The submission with defaults applied and text trimmed; throws on the first bad field. */
    public static ArticleSubmission validate(ArticleSubmission in) {
        String url = canonicalUrl(required("url", in.url(), MAX_URL));
        String outlet = required("outlet", in.outlet(), MAX_OUTLET);
        String title = optional("title", in.title(), MAX_TITLE);
        String language = in.language() == null || in.language().isBlank() ? "ar" : in.language().strip();
        if (!LANGUAGE.matcher(language).matches()) {
            throw new InvalidInputException("language", "not a language tag such as ar or en");
        }
        checkPublishedAt(in.publishedAt());
        if (in.body() == null || in.body().isBlank()) {
            throw new InvalidInputException("body", "is required");
        }
        checkText("body", in.body());
        if (in.body().getBytes(StandardCharsets.UTF_8).length > MAX_BODY_BYTES) {
            throw new InvalidInputException("body", "larger than " + MAX_BODY_BYTES + " bytes");
        }
        checkNotBinary(in.body());
        return new ArticleSubmission(url, outlet, title, in.publishedAt(), language, in.body());
    }

    /**
     * The form in which a url is stored, and so looked up: without the white space around it, its host in ASCII
     * (see {@link WebAddress}); refused unless it is an absolute http(s) url.
     */
    public static String canonicalUrl(String url) {
        return WebAddress.normalise(url.strip());
    }

    private static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "is required");
        }
        return optional(field, value, max);
    }

    private static String optional(String field, String value, int max) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw new InvalidInputException(field, "longer than " + max + " characters");
        }
        checkText(field, stripped);
        return stripped.isEmpty() ? null : stripped;
    }

    private static void checkPublishedAt(Instant publishedAt) {
        if (publishedAt != null && (publishedAt.isBefore(EARLIEST) || publishedAt.isAfter(Instant.now().plus(1, ChronoUnit.DAYS)))) {
            throw new InvalidInputException("publishedAt", "must be between 1900 and tomorrow");
        }
    }

    /** Unpaired UTF-16 surrogates cannot be stored as UTF-8: they only arrive in broken or hostile input. */
    private static void checkText(String field, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                    continue;
                }
                throw new InvalidInputException(field, "contains an unpaired surrogate (invalid Unicode)");
            }
            if (Character.isLowSurrogate(c) || c == 0) {
                throw new InvalidInputException(field, "contains invalid characters (NUL or an unpaired surrogate)");
            }
        }
    }

    /** Text has few control characters; a body with many (beyond tab and newlines) is binary data. */
    private static void checkNotBinary(String body) {
        int control = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t') || c == 0xFFFD) {
                control++;
            }
        }
        if (control > 8 && control * 100 > body.length()) {
            throw new InvalidInputException("body", "is not text (binary data)");
        }
    }
}
