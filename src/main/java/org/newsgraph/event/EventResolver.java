package org.newsgraph.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.newsgraph.extraction.EventMatcher;
import org.newsgraph.extraction.ExtractedClaim;
import org.newsgraph.extraction.ExtractedEvent;
import org.newsgraph.extraction.KnownEvent;
import org.newsgraph.extraction.Match;

/**
 * Merges the events an article reports with the stored ones: the candidates are the events within a day of it, inside
 * the days an undated report is bounded to, or sharing a participant; the {@link EventMatcher} decides. Each article
 * adds one mention, its participants and its claims, and the kind is the one the articles' "kind" claims agree on.
 */
@ApplicationScoped
public class EventResolver {
    /** Bound on the events of the same people offered to the matcher: the most recent are the likely ones. */
    private static final int MAX_PARTICIPANT_CANDIDATES = 200;

    private final EventMatcher matcher = new EventMatcher();

    @Inject
    EntityManager em;

    /** Stored event id for each extracted event's ref. Runs inside the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<Integer, Long> resolve(long articleId, List<ExtractedEvent> extracted, Map<Integer, Long> personIds) {
        Map<Integer, Long> ids = new HashMap<>();
        for (ExtractedEvent event : extracted) {
            Set<Long> participants = new HashSet<>();
            for (Integer ref : event.participantRefs()) {
                Long id = personIds.get(ref);
                if (id != null) {
                    participants.add(id);
                }
            }
            Optional<Match> match = matcher.match(event, participants, candidates(event, participants));
            long eventId = match.isPresent() ? match.get().id() : create(event).id;
            if (match.isPresent()) {
                dateIfUnknown(eventId, event);
            }
            addParticipants(eventId, participants);
            addMention(eventId, articleId, event);
            addClaims(eventId, articleId, event.claims());
            if (match.isPresent()) {
                revoteKind(eventId);
            }
            ids.put(event.ref(), eventId);
        }
        return ids;
    }

    /** Sets each event's kind to the one its articles' claims agree on; after an article's claims were removed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void revoteKinds(Collection<Long> eventIds) {
        em.createQuery("select e.id from Event e where e.id in :ids", Long.class).setParameter("ids", eventIds)
                .getResultList().forEach(this::revoteKind);
    }

    private void revoteKind(long eventId) {
        List<EventKind> reports = new ArrayList<>();
        for (Object[] row : em.createQuery("select distinct c.articleId, c.value from EventClaim c"
                + " where c.eventId = :id and c.attribute = :kind", Object[].class).setParameter("id", eventId)
                .setParameter("kind", EventMatcher.KIND_CLAIM).getResultList()) {
            Arrays.stream(EventKind.values()).filter(k -> k.name().equals(row[1])).forEach(reports::add);
        }
        EventKind agreed = EventMatcher.agreedKind(reports);
        if (agreed != null) {
            em.find(Event.class, eventId).kind = agreed;
        }
    }

    private Event create(ExtractedEvent extracted) {
        Event event = new Event();
        event.kind = extracted.kind();
        event.title = extracted.title();
        event.setStartsOn(extracted.startsOn());
        event.endsOn = extracted.endsOn();
        event.location = extracted.location();
        event.confidence = extracted.confidence();
        event.persist();
        return event;
    }

    /** A dated report of an event stored without a date gives it its date. */
    private void dateIfUnknown(long eventId, ExtractedEvent extracted) {
        Event stored = em.find(Event.class, eventId);
        if (stored.startsOn == null && extracted.startsOn() != null) {
            stored.setStartsOn(extracted.startsOn());
            stored.endsOn = extracted.endsOn();
        }
    }

    private void addParticipants(long eventId, Set<Long> personIds) {
        Set<Long> known = new HashSet<>(em.createQuery("select ep.personId from EventParticipant ep where ep.eventId = :id", Long.class)
                .setParameter("id", eventId).getResultList());
        for (Long personId : personIds) {
            if (known.add(personId)) {
                EventParticipant row = new EventParticipant();
                row.eventId = eventId;
                row.personId = personId;
                row.persist();
            }
        }
    }

    private void addMention(long eventId, long articleId, ExtractedEvent event) {
        if (em.find(EventMention.class, new EventMention.Key(eventId, articleId)) != null) {
            return; // two extracted events of one article merged into one stored event
        }
        EventMention mention = new EventMention();
        mention.eventId = eventId;
        mention.articleId = articleId;
        if (!event.mentions().isEmpty()) {
            mention.span = event.mentions().get(0).text();
            mention.startOffset = event.mentions().get(0).start();
            mention.endOffset = event.mentions().get(0).end();
        }
        mention.persist();
    }

    private void addClaims(long eventId, long articleId, List<ExtractedClaim> claims) {
        for (ExtractedClaim extracted : claims) {
            EventClaim claim = new EventClaim();
            claim.eventId = eventId;
            claim.articleId = articleId;
            claim.attribute = extracted.attribute();
            claim.value = extracted.value();
            claim.span = extracted.span().text();
            claim.startOffset = extracted.span().start();
            claim.endOffset = extracted.span().end();
            claim.persist();
        }
    }

    private Collection<KnownEvent> candidates(ExtractedEvent event, Set<Long> participants) {
        List<Object[]> rows = new ArrayList<>();
        // a dated report meets the events within a day of it, a bounded undated one those inside its bounds
        LocalDate from = event.startsOn() != null ? event.startsOn().minusDays(1) : event.notBefore();
        LocalDate to = event.startsOn() != null ? event.startsOn().plusDays(1) : event.notAfter();
        if (from != null && to != null) {
            rows.addAll(em.createQuery("select e.id, e.kind, e.startsOn, e.location from Event e where e.sortDay between :from and :to",
                    Object[].class).setParameter("from", Event.sortDay(from)).setParameter("to", Event.sortDay(to))
                    .getResultList());
        }
        if (!participants.isEmpty()) {
            // an undated report may be of any dated event of the same people, and a dated one may date an undated event
            int dayAtMost = event.startsOn() != null ? Event.UNKNOWN_DAY : Integer.MAX_VALUE;
            rows.addAll(em.createQuery("select e.id, e.kind, e.startsOn, e.location from Event e where e.sortDay <= :dayAtMost"
                    + " and e.id in (select ep.eventId from EventParticipant ep where ep.personId in :people)"
                    + " order by e.sortDay desc, e.id desc", Object[].class)
                    .setParameter("dayAtMost", dayAtMost).setParameter("people", participants)
                    .setMaxResults(MAX_PARTICIPANT_CANDIDATES).getResultList());
        }
        Map<Long, Object[]> byId = new LinkedHashMap<>();
        rows.forEach(row -> byId.put((Long) row[0], row));
        Map<Long, Set<Long>> participantsById = new HashMap<>();
        if (!byId.isEmpty()) {
            for (Object[] row : em.createQuery("select ep.eventId, ep.personId from EventParticipant ep where ep.eventId in :ids",
                    Object[].class).setParameter("ids", byId.keySet()).getResultList()) {
                participantsById.computeIfAbsent((Long) row[0], k -> new HashSet<>()).add((Long) row[1]);
            }
        }
        List<KnownEvent> candidates = new ArrayList<>();
        byId.forEach((id, row) -> candidates.add(new KnownEvent(id, (EventKind) row[1], (LocalDate) row[2],
                participantsById.getOrDefault(id, Set.of()), (String) row[3])));
        return candidates;
    }
}
