package org.newsgraph.extraction;

import java.time.LocalDate;

/**
 * A date expression over tokens [from, to): a day or day range ({@code dayPrecise}), or only a month
 * ({@code start} is then its first day).
 */
record DateMention(int from, int to, LocalDate start, LocalDate end, boolean dayPrecise) {
}
