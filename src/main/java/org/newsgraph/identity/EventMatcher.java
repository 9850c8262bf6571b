package org.newsgraph.identity;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.newsgraph.extraction.ExtractedEvent;
import org.newsgraph.kinds.EventKind;
import org.newsgraph.text.ArabicNormalizer;

/**
 * Cross-article identity of events: the same real event reported by several outlets becomes one. Needs a
 * compatible kind, dates at most a day apart, and shared participants; without a date on one side it needs
 * stronger evidence (two shared participants, or one and the same place), and an undated report that the article
 * bounds ("مطلع ديسمبر"، an earlier call) only joins an event dated inside those bounds.
 */
public final class EventMatcher {

    private static final double THRESHOLD = 0.5;

    public Optional<Match> match(ExtractedEvent event, Set<Long> participantIds, Collection<KnownEvent> candidates) {
        Match best = null;
        for (KnownEvent c : candidates) {
            Match m = score(event, participantIds, c);
            if (m != null && m.confidence() >= THRESHOLD && (best == null || m.confidence() > best.confidence())) {
                best = m;
            }
        }
        return Optional.ofNullable(best);
    }

    private static Match score(ExtractedEvent e, Set<Long> participants, KnownEvent c) {
        double kind = kindAgreement(e.kind(), c.kind());
        if (kind == 0) {
            return null;
        }
        boolean placesDiffer = e.location() != null && c.location() != null
                && !ArabicNormalizer.matchKey(e.location()).equals(ArabicNormalizer.matchKey(c.location()));
        if (placesDiffer) {
            return null;
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
            return null; // different people: a different event, even on the same day
        }
        if (isCall(e.kind()) && isCall(c.kind()) && participants.size() >= 2 && c.participantIds().size() >= 2
                && shared < 2) {
            return null; // a call is between two parties: one in common and another on each side are two calls
        }
        double overlap = bothKnown ? (double) shared / Math.min(participants.size(), c.participantIds().size()) : 0.5;
        if (e.startsOn() != null && c.startsOn() != null) {
            long days = Math.abs(e.startsOn().toEpochDay() - c.startsOn().toEpochDay());
            // a call spans time zones, so outlets date it a day apart; a meeting is in one place, and one traveller's
            // meetings on two days are two meetings unless the same two people (or the place) say otherwise
            boolean sameSide = bothKnown && shared == Math.min(participants.size(), c.participantIds().size())
                    && (shared >= 2 || isCall(e.kind()) && isCall(c.kind()));
            if (days > 1 || (days == 1 && !sameSide && !samePlace)) {
                return null; // a day apart only counts with the same people (two for a meeting) or place
            }
            double date = days == 0 ? 1.0 : 0.8;
            double confidence = 0.55 * kind * date + 0.35 * overlap + (samePlace ? 0.1 : 0);
            return new Match(c.id(), Math.min(1, confidence), days == 0 ? "same-kind-date-participants"
                    : "adjacent-date-participants");
        }
        boolean strongEvidence = shared >= 2 || (shared >= 1 && samePlace);
        if (e.startsOn() == null && c.startsOn() != null && (e.notBefore() != null || e.notAfter() != null)) {
            boolean inside = (e.notBefore() == null || !c.startsOn().isBefore(e.notBefore()))
                    && (e.notAfter() == null || !c.startsOn().isAfter(e.notAfter()));
            // outlets mix up the kinds of one family ("an earlier phone call" for a video call): the bounds make up for it
            return inside && strongEvidence ? new Match(c.id(), Math.min(1, 0.4 + 0.2 * kind + 0.1 * shared
                    + (samePlace ? 0.1 : 0)), "bounded-date-shared-participants") : null;
        }
        if (kind < 1 || e.earlierThanReported() || !strongEvidence) {
            return null;
        }
        return new Match(c.id(), 0.5 + 0.1 * shared + (samePlace ? 0.1 : 0), "undated-shared-participants");
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
