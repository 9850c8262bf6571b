package org.newsgraph.extraction;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;

import org.newsgraph.event.EventKind;

/**
 * Cross-article identity of events: the same real event reported by several outlets becomes one. Needs a
 * compatible kind, dates at most a day apart, and shared participants; without a date on one side it needs
 * stronger evidence (two shared participants, or one and the same place).
 */
public final class EventMatcher {

    private static final double THRESHOLD = 0.5;
    /** Rule suffix of an undated event the article calls earlier ("مكالمة سابقة"): not the dated one it reports. */
    static final String EARLIER = "+earlier-than-main";

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
        double overlap = bothKnown ? (double) shared / Math.min(participants.size(), c.participantIds().size()) : 0.5;
        if (e.startsOn() != null && c.startsOn() != null) {
            long days = Math.abs(e.startsOn().toEpochDay() - c.startsOn().toEpochDay());
            if (days > 1 || (days == 1 && shared == 0 && !samePlace)) {
                return null; // a day apart only counts with the same people or place
            }
            double date = days == 0 ? 1.0 : 0.8;
            double confidence = 0.55 * kind * date + 0.35 * overlap + (samePlace ? 0.1 : 0);
            return new Match(c.id(), Math.min(1, confidence), days == 0 ? "same-kind-date-participants"
                    : "adjacent-date-participants");
        }
        boolean earlier = e.rule() != null && e.rule().endsWith(EARLIER);
        if (kind < 1 || earlier || !(shared >= 2 || (shared >= 1 && samePlace))) {
            return null;
        }
        return new Match(c.id(), 0.5 + 0.1 * shared + (samePlace ? 0.1 : 0), "undated-shared-participants");
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
