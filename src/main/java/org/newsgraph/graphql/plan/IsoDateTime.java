package org.newsgraph.graphql.plan;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME}, the format SmallRye gives a DateTime, written directly for the
 * usual case of a UTC time in whole seconds (2024-03-05T10:00:00Z); anything else goes through the formatter.
 */
final class IsoDateTime {
    private IsoDateTime() {
    }

    static String format(OffsetDateTime time) {
        int year = time.getYear();
        if (!time.getOffset().equals(ZoneOffset.UTC) || time.getNano() != 0 || year < 1000 || year > 9999) {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time);
        }
        char[] out = new char[20];
        digits(out, 0, year, 4);
        out[4] = '-';
        digits(out, 5, time.getMonthValue(), 2);
        out[7] = '-';
        digits(out, 8, time.getDayOfMonth(), 2);
        out[10] = 'T';
        digits(out, 11, time.getHour(), 2);
        out[13] = ':';
        digits(out, 14, time.getMinute(), 2);
        out[16] = ':';
        digits(out, 17, time.getSecond(), 2);
        out[19] = 'Z';
        return new String(out);
    }

    private static void digits(char[] out, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            out[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }
}
