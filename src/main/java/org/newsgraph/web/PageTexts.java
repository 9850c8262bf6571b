package org.newsgraph.web;

import java.time.DayOfWeek;
import java.time.Month;

import org.newsgraph.kinds.EventKind;
import org.newsgraph.kinds.PersonKind;
import org.newsgraph.kinds.QuoteKind;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * The Arabic words and sentences the pages' Java code writes (labels, dates, error and refusal texts); the texts are
 * in src/main/resources/messages/msg_ar.properties, Arabic being the workbench's only language. A method with an enum
 * parameter reads the key of its constant (method_CONSTANT, or method_$CONSTANT when constants hold an underscore).
 * Beans inject it; static code (template extensions, exceptions) takes it from {@code MessageBundles.get}.
 */
@MessageBundle(locale = "ar")
public interface PageTexts {

    String eventKind(EventKind kind);

    String quoteKind(QuoteKind kind);

    String personKind(PersonKind kind);

    String month(Month month);

    String weekday(DayOfWeek day);

    String day(String weekday, int day, String month, int year);

    String instant(int day, String month, int year, String time);

    String undated();

    String minutes(String count);

    String hours(String count);

    String claimDate();

    String claimDuration();

    String claimKind();

    String claimRequestedBy();

    String claimLocation();

    String invalidInput(String field);

    String notFoundTitle();

    String refusedTitle();

    String notFound(String what, long id);

    String event();

    String person();

    String article();

    String unknownKey();

    String staleForm();

    String crossSiteForm();
}
