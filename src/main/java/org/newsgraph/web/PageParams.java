package org.newsgraph.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;

import org.newsgraph.common.InvalidInputException;
import org.newsgraph.security.StrictIds;

/** Query and path parameters of the pages, read as strictly as the API reads its arguments; a bad one is refused by name. */
final class PageParams {
    private PageParams() {
    }

    static long id(String name, String value) {
        Long id = optionalId(name, value);
        if (id == null) {
            throw new InvalidInputException(name, "missing");
        }
        return id;
    }

    static Long optionalId(String name, String value) {
        if (blank(value)) {
            return null;
        }
        if (!StrictIds.isId(value.strip())) {
            throw new InvalidInputException(name, "not an id (a plain decimal number)");
        }
        return Long.valueOf(value.strip());
    }

    /** A character offset into an article body. */
    static Integer offset(String name, String value) {
        if (blank(value)) {
            return null;
        }
        if (!value.strip().matches("[0-9]{1,9}")) {
            throw new InvalidInputException(name, "not an offset (a whole number from 0)");
        }
        return Integer.valueOf(value.strip());
    }

    static LocalDate date(String name, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(name, "not a date (YYYY-MM-DD)");
        }
    }

    static <E extends Enum<E>> E choice(String name, String value, Class<E> type) {
        if (blank(value)) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(name, "one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    static Double fraction(String name, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            double number = Double.parseDouble(value.strip());
            if (!(number >= 0 && number <= 1)) {
                throw new InvalidInputException(name, "must be between 0 and 1");
            }
            return number;
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name, "not a number");
        }
    }

    static String text(String value) {
        return blank(value) ? null : value.strip();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
