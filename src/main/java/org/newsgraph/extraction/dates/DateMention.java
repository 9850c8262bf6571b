package org.newsgraph.extraction.dates;

import java.time.LocalDate;

/**
 * A date expression over tokens [from, to): a day or day range ({@code dayPrecise}), or only a month or part of one
 * ({@code start} and {@code end} then bound the days it may be: "ديسمبر" is the 1st to the 31st, "مطلع ديسمبر" the
 * 1st to the 10th).
 */
public record DateMention(int from, int to, LocalDate start, LocalDate end, boolean dayPrecise) {
}
