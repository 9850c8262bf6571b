package org.newsgraph.identity;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.newsgraph.extraction.ExtractedEvent;
import org.newsgraph.kinds.EventKind;
import org.newsgraph.text.ArabicNormalizer;

/**
 * Cross-article identity of events: the same real event reported by several outlets becomes one. Needs a
 * compatible kind, dates at most a day apart, and shared participants; without a date on one side it needs
 * stronger evidence (two shared participants, or one and the same place), and an undated report that the article
 * bounds ("مطلع ديسمبر"، an earlier call) only joins an event dated inside those bounds. Day ranges that overlap
 * are one occasion. Two undated mentions with nobody in common may still be one event when the two articles report
 * the same occasion (a candidate {@link KnownEvent#reportedAlongside()}). A gathering that names its edition ("القمة
 * العربية الـ28") is one real event: the same edition merges whatever the participants, places or a missing date say,
 * unless both are dated days apart, and another edition of the same gathering stays apart even on a shared participant.
 * A gathering's report with no day and no bounds at all (an article without a publication day) joins the dated
 * gathering of its kind when that is the only one sharing a participant with it, and the other way round.
 * Every decision names its rule, a merge's or the reason the nearest candidate stays apart.
 */
public final class EventMatcher {

    private static final double THRESHOLD = 0.5;
    /** The decision when no stored event was offered: the report starts an event of its own. */
    private static final String NO_CANDIDATE = "no-candidate";

    /**
     * Why a candidate is not the reported event, in the order the tests run: a candidate that fails a later test came
     * nearer, so when nothing merges the reason reported is that of the nearest candidate.
     */
    private enum Apart {
        KIND_DIFFERS, EDITIONS_DIFFER, PLACES_DIFFER, NO_SHARED_PARTICIPANTS, CALL_SIDES_DIFFER, DAYS_APART, OUTSIDE_BOUNDS,
        EARLIER_THAN_REPORTED, WEAK_EVIDENCE;

        String rule() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** The decision against one candidate; {@code nearness} ranks non-merges (how far through the tests it came). */
    private record Verdict(MergeDecision decision, int nearness) {
        boolean beats(Verdict other) {
            if (decision.merged() != other.decision.merged()) {
                return decision.merged();
            }
            return nearness != other.nearness ? nearness > other.nearness
                    : decision.confidence() > other.decision.confidence();
        }
    }

    /** The stored event the report is, else the nearest candidate it is not, each with its reason. */
    public MergeDecision decide(ExtractedEvent event, Set<Long> participantIds, Collection<KnownEvent> candidates) {
        Verdict best = null;
        for (KnownEvent c : candidates) {
            Verdict v = score(event, participantIds, c);
            if (best == null || v.beats(best)) {
                best = v;
            }
        }
        if (best == null) {
            return new MergeDecision(null, false, 0, NO_CANDIDATE);
        }
        KnownEvent only = best.decision().merged() ? null : onlyDatedCounterpart(event, participantIds, candidates);
        if (only != null && score(event, participantIds, only).nearness() == Apart.WEAK_EVIDENCE.ordinal()) {
            // an undated report of a gathering and a dated one, with a participant in common, and no other gathering of
            // that kind with any of those people: nothing says they are two, and the dated one dates the other
            return new MergeDecision(only.id(), true, THRESHOLD, "only-event-of-its-kind-with-a-participant");
        }
        return best.decision();
    }

    /**
     * The one candidate of the report's kind that shares a participant with it, when the report is of a gathering (a
     * summit, a conference, a council's session: held once by many, where one shared participant is the usual naming)
     * and exactly one of the two is dated while the undated one has no bounds either (an article without a publication
     * day); null when there is none or several. Between two sides (talks, a briefing, a call) one person in common is
     * too little: the same minister holds many.
     */
    private static KnownEvent onlyDatedCounterpart(ExtractedEvent e, Set<Long> participants, Collection<KnownEvent> candidates) {
        if (e.kind() != EventKind.SUMMIT && e.kind() != EventKind.CONFERENCE && e.kind() != EventKind.COUNCIL_MEETING) {
            return null;
        }
        KnownEvent only = null;
        for (KnownEvent c : candidates) {
            if (c.kind() != e.kind() || participants.stream().noneMatch(c.participantIds()::contains)) {
                continue;
            }
            if (only != null) {
                return null;
            }
            only = c;
        }
        boolean oneDated = only != null && (e.startsOn() == null) != (only.startsOn() == null);
        boolean unbounded = e.startsOn() != null || e.notBefore() == null && e.notAfter() == null;
        return oneDated && unbounded ? only : null;
    }

    private static Verdict score(ExtractedEvent e, Set<Long> participants, KnownEvent c) {
        double kind = kindAgreement(e.kind(), c.kind());
        if (kind == 0) {
            return apart(c, Apart.KIND_DIFFERS, 0);
        }
        if (e.edition() != null && c.edition() != null) {
            if (e.edition().equals(c.edition())) {
                // "القمة العربية الـ28" in one outlet, "القمة العربية الثامنة والعشرين" in another: one summit, though
                // they name nobody in common, or place it in a city and a country
                boolean daysApart = e.startsOn() != null && c.startsOn() != null
                        && daysApart(e.startsOn(), e.endsOn(), c.startsOn(), c.endsOn()) > 1;
                return daysApart ? apart(c, Apart.DAYS_APART, 0) : decided(c, 0.9, "same-edition");
            }
            if (sameGathering(e.edition(), c.edition())) {
                return apart(c, Apart.EDITIONS_DIFFER, 0); // the 27th and the 28th Arab summit, whoever attends both
            }
        }
        boolean placesDiffer = e.location() != null && c.location() != null
                && !ArabicNormalizer.matchKey(e.location()).equals(ArabicNormalizer.matchKey(c.location()));
        if (placesDiffer) {
            return apart(c, Apart.PLACES_DIFFER, 0);
        }
        boolean samePlace = e.location() != null && c.location() != null;
        int shared = 0;
        for (Long p : participants) {
            if (c.participantIds().contains(p)) {
                shared++;
            }
        }
        boolean bothKnown = !participants.isEmpty() && !c.participantIds().isEmpty();
        if (bothKnown && shared == 0 && !samePlace) {
            return apart(c, Apart.NO_SHARED_PARTICIPANTS, 0); // different people: a different event, even on the same day
        }
        if (isCall(e.kind()) && isCall(c.kind()) && participants.size() >= 2 && c.participantIds().size() >= 2
                && shared < 2) {
            // a call is between two parties: one in common and another on each side are two calls
            return apart(c, Apart.CALL_SIDES_DIFFER, 0);
        }
        double overlap = bothKnown ? (double) shared / Math.min(participants.size(), c.participantIds().size()) : 0.5;
        if (e.startsOn() != null && c.startsOn() != null) {
            long days = daysApart(e.startsOn(), e.endsOn(), c.startsOn(), c.endsOn());
            // a call spans time zones, so outlets date it a day apart; a meeting is in one place, and one traveller's
            // meetings on two days are two meetings unless the same two people (or the place) say otherwise
            boolean sameSide = bothKnown && shared == Math.min(participants.size(), c.participantIds().size())
                    && (shared >= 2 || isCall(e.kind()) && isCall(c.kind()));
            if (days > 1 || (days == 1 && !sameSide && !samePlace)) {
                return apart(c, Apart.DAYS_APART, 0); // a day apart only counts with the same people (two for a meeting) or place
            }
            double date = days == 0 ? 1.0 : 0.8;
            double confidence = 0.55 * kind * date + 0.35 * overlap + (samePlace ? 0.1 : 0);
            // one outlet gives the days of a visit ("يومي 20 و21"), another the day of its talks: ranges that overlap
            return decided(c, Math.min(1, confidence), days == 1 ? "adjacent-date-participants"
                    : e.startsOn().equals(c.startsOn()) ? "same-kind-date-participants" : "overlapping-dates-participants");
        }
        boolean strongEvidence = shared >= 2 || (shared >= 1 && samePlace);
        if (e.startsOn() == null && c.startsOn() != null && (e.notBefore() != null || e.notAfter() != null)) {
            boolean inside = (e.notBefore() == null || !lastDay(c.startsOn(), c.endsOn()).isBefore(e.notBefore()))
                    && (e.notAfter() == null || !c.startsOn().isAfter(e.notAfter()));
            if (!inside) {
                return apart(c, Apart.OUTSIDE_BOUNDS, 0);
            }
            // outlets mix up the kinds of one family ("an earlier phone call" for a video call): the bounds make up for it
            return strongEvidence ? decided(c, Math.min(1, 0.4 + 0.2 * kind + 0.1 * shared + (samePlace ? 0.1 : 0)),
                    "bounded-date-shared-participants") : apart(c, Apart.WEAK_EVIDENCE, 0);
        }
        if (kind < 1) {
            return apart(c, Apart.KIND_DIFFERS, 0); // without a day to compare, kinds of one family are not enough
        }
        if (e.earlierThanReported()) {
            return apart(c, Apart.EARLIER_THAN_REPORTED, 0);
        }
        if (e.startsOn() == null && c.startsOn() == null && c.reportedAlongside()
                && (participants.isEmpty() && c.participantIds().isEmpty() || shared > 0)) {
            // two outlets covering one press conference both mention "the meetings in Cairo" or "the delegation's
            // visit": the occasion they share ties the mentions that nothing else dates or names
            return decided(c, 0.55 + 0.1 * Math.min(shared, 2) + (samePlace ? 0.1 : 0), "undated-reported-alongside");
        }
        if (!strongEvidence) {
            return apart(c, Apart.WEAK_EVIDENCE, 0);
        }
        return decided(c, 0.5 + 0.1 * shared + (samePlace ? 0.1 : 0), "undated-shared-participants");
    }

    private static Verdict decided(KnownEvent c, double confidence, String rule) {
        return confidence >= THRESHOLD ? new Verdict(new MergeDecision(c.id(), true, confidence, rule), Integer.MAX_VALUE)
                : apart(c, Apart.WEAK_EVIDENCE, confidence);
    }

    private static Verdict apart(KnownEvent c, Apart reason, double confidence) {
        return new Verdict(new MergeDecision(c.id(), false, confidence, reason.rule()), reason.ordinal());
    }

    /** Two edition keys ("kind|name|ordinal") of one gathering: the same kind and name, whatever the ordinal. */
    private static boolean sameGathering(String edition, String other) {
        int a = edition.lastIndexOf('|');
        int b = other.lastIndexOf('|');
        return a > 0 && b > 0 && edition.substring(0, a).equals(other.substring(0, b));
    }

    /** Days between two day ranges ({@code endsOn} null: one day), 0 when they overlap. */
    private static long daysApart(LocalDate aStarts, LocalDate aEnds, LocalDate bStarts, LocalDate bEnds) {
        long after = bStarts.toEpochDay() - lastDay(aStarts, aEnds).toEpochDay();
        long before = aStarts.toEpochDay() - lastDay(bStarts, bEnds).toEpochDay();
        return Math.max(0, Math.max(after, before));
    }

    private static LocalDate lastDay(LocalDate startsOn, LocalDate endsOn) {
        return endsOn == null || endsOn.isBefore(startsOn) ? startsOn : endsOn;
    }

    /**
     * The kind of an event its reports agree on, one report per article: the most frequent, and on a tie the most
     * specific, because outlets fall back on generic words ("محادثات"، "اتصال") far more than they invent a format
     * ("جلسة مجلس"، "مكالمة فيديو"). Null when there is no report.
     */
    public static EventKind agreedKind(Collection<EventKind> reports) {
        Map<EventKind, Integer> votes = new EnumMap<>(EventKind.class);
        for (EventKind k : reports) {
            votes.merge(k, 1, Integer::sum);
        }
        EventKind best = null;
        for (Map.Entry<EventKind, Integer> v : votes.entrySet()) {
            if (best == null || v.getValue() > votes.get(best)
                    || (v.getValue().equals(votes.get(best)) && specificity(v.getKey()) > specificity(best))) {
                best = v.getKey();
            }
        }
        return best;
    }

    /** How much a kind says about the event: a body in session or a format beats a generic meeting or call. */
    private static int specificity(EventKind k) {
        return switch (k) {
            case COUNCIL_MEETING, PRESS_BRIEFING -> 4;
            case SUMMIT, VIDEO_CALL -> 3;
            case CONFERENCE, PHONE_CALL -> 2;
            case TALKS -> 1;
            case OTHER -> 0;
        };
    }

    /** 1 for the same kind, less for kinds outlets mix up, 0 for unrelated kinds. */
    private static double kindAgreement(EventKind a, EventKind b) {
        if (a == b) {
            return 1;
        }
        if (isMeeting(a) && isMeeting(b)) {
            return 0.8;
        }
        if (isCall(a) && isCall(b)) {
            return 0.7;
        }
        return 0;
    }

    private static boolean isMeeting(EventKind k) {
        return k == EventKind.TALKS || k == EventKind.COUNCIL_MEETING || k == EventKind.CONFERENCE
                || k == EventKind.SUMMIT;
    }

    private static boolean isCall(EventKind k) {
        return k == EventKind.PHONE_CALL || k == EventKind.VIDEO_CALL;
    }
}
