package org.newsgraph.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newsgraph.article.ArticleView;
import org.newsgraph.kinds.EventKind;
import org.newsgraph.event.EventView;
import org.newsgraph.kinds.PersonKind;
import org.newsgraph.kinds.QuoteKind;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.i18n.MessageBundles;

/**
 * How the pages write kinds, dates and confidences, in Arabic ({@link PageTexts}): {@code {event.kind.label}},
 * {@code {quote.confidence.percent}}.
 */
@TemplateExtension
public final class Labels {
    private static final Pattern DURATION = Pattern.compile("PT([0-9]+)([MH])");

    private Labels() {
    }

    private static PageTexts texts() {
        return MessageBundles.get(PageTexts.class);
    }

    static String label(EventKind kind) {
        return texts().eventKind(kind);
    }

    static String label(QuoteKind kind) {
        return texts().quoteKind(kind);
    }

    static String label(PersonKind kind) {
        return texts().personKind(kind);
    }

    /** A day written out in Arabic, e.g. الخميس 30 ديسمبر 2021; null: without a date. */
    static String arabic(LocalDate day) {
        PageTexts texts = texts();
        return day == null ? texts.undated()
                : texts.day(texts.weekday(day.getDayOfWeek()), day.getDayOfMonth(), texts.month(day.getMonth()), day.getYear());
    }

    static String arabic(OffsetDateTime time) {
        PageTexts texts = texts();
        if (time == null) {
            return texts.undated();
        }
        OffsetDateTime utc = time.withOffsetSameInstant(ZoneOffset.UTC);
        return texts.instant(utc.getDayOfMonth(), texts.month(utc.getMonth()), utc.getYear(),
                String.format(Locale.ROOT, "%02d:%02d", utc.getHour(), utc.getMinute()));
    }

    /** A claim attribute in Arabic (the API's name when there is none). */
    static String attributeLabel(String attribute) {
        PageTexts texts = texts();
        return switch (attribute) {
            case "date" -> texts.claimDate();
            case "duration" -> texts.claimDuration();
            case "kind" -> texts.claimKind();
            case "requestedBy" -> texts.claimRequestedBy();
            case "location" -> texts.claimLocation();
            default -> attribute;
        };
    }

    /** A claim value as a reader says it: durations in minutes or hours, kinds by their label, the rest as stated. */
    static String shown(EventPageReads.ClaimValue claim) {
        String value = claim.value();
        Matcher duration = DURATION.matcher(value);
        if (duration.matches()) {
            PageTexts texts = texts();
            return duration.group(2).equals("M") ? texts.minutes(duration.group(1)) : texts.hours(duration.group(1));
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
