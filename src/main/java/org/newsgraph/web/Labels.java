package org.newsgraph.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newsgraph.article.ArticleView;
import org.newsgraph.kinds.EventKind;
import org.newsgraph.event.EventView;
import org.newsgraph.kinds.PersonKind;
import org.newsgraph.kinds.QuoteKind;

import io.quarkus.qute.TemplateExtension;

/** How the pages write kinds, dates and confidences, in Arabic: {@code {event.kind.label}}, {@code {quote.confidence.percent}}. */
@TemplateExtension
public final class Labels {
    /** Written out here rather than taken from a locale: the native image carries the English locale only. */
    private static final List<String> MONTHS = List.of("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو",
            "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر");
    private static final Pattern DURATION = Pattern.compile("PT([0-9]+)([MH])");
    private static final List<String> WEEKDAYS = List.of("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد");

    private Labels() {
    }

    static String label(EventKind kind) {
        return switch (kind) {
            case PHONE_CALL -> "اتصال هاتفي";
            case VIDEO_CALL -> "اتصال مرئي";
            case SUMMIT -> "قمة";
            case TALKS -> "محادثات";
            case COUNCIL_MEETING -> "اجتماع مجلس";
            case CONFERENCE -> "مؤتمر";
            case PRESS_BRIEFING -> "مؤتمر صحفي";
            case OTHER -> "حدث آخر";
        };
    }

    static String label(QuoteKind kind) {
        return switch (kind) {
            case DIRECT -> "مباشر";
            case INDIRECT -> "غير مباشر";
            case MIXED -> "مختلط";
        };
    }

    static String label(PersonKind kind) {
        return switch (kind) {
            case PERSON -> "شخص";
            case ANONYMOUS -> "مصدر مجهول";
            case INSTITUTION -> "مؤسسة";
        };
    }

    /** A day written out in Arabic, e.g. الخميس 30 ديسمبر 2021; null: without a date. */
    static String arabic(LocalDate day) {
        return day == null ? "بلا تاريخ"
                : WEEKDAYS.get(day.getDayOfWeek().ordinal()) + " " + day.getDayOfMonth() + " " + MONTHS.get(day.getMonthValue() - 1) + " " + day.getYear();
    }

    static String arabic(OffsetDateTime time) {
        if (time == null) {
            return "بلا تاريخ";
        }
        OffsetDateTime utc = time.withOffsetSameInstant(ZoneOffset.UTC);
        return utc.getDayOfMonth() + " " + MONTHS.get(utc.getMonthValue() - 1) + " " + utc.getYear() + "، "
                + String.format(Locale.ROOT, "%02d:%02d", utc.getHour(), utc.getMinute()) + " بتوقيت غرينتش";
    }

    /** A claim attribute in Arabic (the API's name when there is none). */
    static String attributeLabel(String attribute) {
        return switch (attribute) {
            case "date" -> "التاريخ";
            case "duration" -> "المدة";
            case "kind" -> "النوع";
            case "requestedBy" -> "بطلب من";
            case "location" -> "المكان";
            default -> attribute;
        };
    }

    /** A claim value as a reader says it: durations in minutes or hours, kinds by their label, the rest as stated. */
    static String shown(EventPageReads.ClaimValue claim) {
        String value = claim.value();
        Matcher duration = DURATION.matcher(value);
        if (duration.matches()) {
            return duration.group(1) + (duration.group(2).equals("M") ? " دقيقة" : " ساعة");
        }
        for (EventKind kind : EventKind.values()) {
            if (kind.name().equals(value)) {
                return label(kind);
            }
        }
        return value;
    }

    /** The event's first day, written out; "undated" when unknown. */
    static String day(EventView event) {
        return arabic(event.startsOn());
    }

    static String endDay(EventView event) {
        return arabic(event.endsOn());
    }

    static String published(ArticleView article) {
        return arabic(article.publishedAt());
    }

    /** For a value in a link's query string. */
    static String urlEncoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A confidence in [0,1] as a whole percentage. */
    static String percent(double value) {
        return Math.round(value * 100) + "%";
    }

    static String percent(Double value) {
        return value == null ? "—" : percent(value.doubleValue());
    }
}
