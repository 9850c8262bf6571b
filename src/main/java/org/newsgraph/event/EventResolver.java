package org.newsgraph.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.newsgraph.common.Sql;
import org.newsgraph.common.SqlReads;
import org.newsgraph.common.SqlWrites;
import org.newsgraph.extraction.ExtractedClaim;
import org.newsgraph.extraction.ExtractedEvent;
import org.newsgraph.extraction.document.Span;
import org.newsgraph.identity.EventMatcher;
import org.newsgraph.identity.KnownEvent;
import org.newsgraph.identity.MergeDecision;
import org.newsgraph.kinds.EventKind;

/**
 * Merges the events an article reports with the stored ones: the candidates are the events within a day of it, inside
 * the days an undated report is bounded to, sharing a participant, or stored with the edition of a gathering it names
 * ("القمة العربية الـ28"); the {@link EventMatcher} decides. Each article
 * adds one mention, which keeps the decision (merged, or why not), its participants and its claims, and the kind is
 * the one the articles' "kind" claims agree on.
 * Plain JDBC (see {@link SqlWrites}): this runs for every event of every article.
 */
@ApplicationScoped
public class EventResolver {
    /** Bound on the events of the same people offered to the matcher: the most recent are the likely ones. */
    private static final int MAX_PARTICIPANT_CANDIDATES = 200;
    /** How long a stored day range may be and still meet a report dated on its last days (a week-long conference). */
    private static final int LONGEST_RANGE_DAYS = 7;

    private final EventMatcher matcher = new EventMatcher();

    @Inject
    SqlReads sql;
    @Inject
    SqlWrites writes;

    /** Stored event id for each extracted event's ref. Runs inside the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<Integer, Long> resolve(long articleId, List<ExtractedEvent> extracted, Map<Integer, Long> personIds) {
        Map<Integer, Long> ids = new HashMap<>();
        Set<Long> mergedInto = new HashSet<>();
        for (ExtractedEvent event : datedAndNamedFirst(extracted)) {
            Set<Long> participants = new HashSet<>();
            for (Integer ref : event.participantRefs()) {
                Long id = personIds.get(ref);
                if (id != null) {
                    participants.add(id);
                }
            }
            Map<Long, KnownEvent> candidates = candidates(event, participants);
            // the article told its events apart by kind (a reception and the conference its guest attends, on one day
            // and with the same people): another kind of its events is never this one; two mentions of one kind may be
            candidates.values().removeIf(c -> ids.containsValue(c.id()) && c.kind() != event.kind());
            if (event.startsOn() == null && !mergedInto.isEmpty()) {
                reportedAlongside(event, articleId, mergedInto, ids.values(), candidates);
            }
            MergeDecision decision = matcher.decide(event, participants, candidates.values());
            if (decision.merged()) {
                mergedInto.add(decision.eventId());
            }
            long eventId = decision.merged() ? decision.eventId() : create(event);
            if (decision.merged()) {
                dateIfUnknown(eventId, event);
                editionIfUnknown(eventId, event);
            }
            addParticipants(eventId, decision.merged() ? candidates.get(eventId).participantIds() : Set.of(), participants);
            addMention(eventId, articleId, event, decision);
            addClaims(eventId, articleId, event.claims());
            if (decision.merged()) {
                revoteKind(eventId);
            }
            ids.put(event.ref(), eventId);
        }
        return ids;
    }

    /**
     * The order an article's events are merged in: those a day or an edition ("مؤتمر بغداد") identifies first, then by
     * how many people they name, so that the occasions other outlets reported too are known when the undated, unnamed
     * mentions look for them ("المؤتمر الصحفي" on the margins of that conference).
     */
    private static List<ExtractedEvent> datedAndNamedFirst(List<ExtractedEvent> extracted) {
        List<ExtractedEvent> ordered = new ArrayList<>(extracted);
        ordered.sort(Comparator.<ExtractedEvent>comparingInt(e -> e.startsOn() != null || e.edition() != null ? 0 : 1)
                .thenComparing(e -> -e.participantRefs().size()));
        return ordered;
    }

    /**
     * Adds, as candidates reported alongside, the undated events of the same kind that other articles report together
     * with an event this article was merged into; not those another event of this article already became.
     */
    private void reportedAlongside(ExtractedEvent event, long articleId, Set<Long> mergedInto, Collection<Long> taken,
            Map<Long, KnownEvent> candidates) {
        List<Object> parameters = new ArrayList<>();
        String shared = Sql.in(mergedInto, parameters);
        parameters.addAll(List.of(articleId, event.kind().name()));
        Map<Long, KnownEvent> alongside = new LinkedHashMap<>();
        sql.each("select distinct e.id, e.kind, e.starts_on, e.ends_on, e.location, e.edition from event_mention m1"
                + " join event_mention m2 on m2.article_id = m1.article_id join event e on e.id = m2.event_id"
                + " where m1.event_id in " + shared + " and m1.article_id <> ? and e.kind = ? and e.starts_on is null",
                parameters, row -> alongside.put(row.getLong(1), new KnownEvent(row.getLong(1),
                        EventKind.valueOf(row.getString(2)), null, null, new HashSet<>(), row.getString(5), true,
                        row.getString(6))));
        alongside.keySet().removeAll(taken);
        addStoredParticipants(alongside);
        candidates.putAll(alongside);
    }

    /** Sets each event's kind to the one its articles' claims agree on; after an article's claims were removed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void revoteKinds(Collection<Long> eventIds) {
        sql.forIds("select id from event where id in ", eventIds, "", row -> row.getLong(1)).forEach(this::revoteKind);
    }

    private void revoteKind(long eventId) {
        List<EventKind> reports = new ArrayList<>();
        for (String value : sql.list("select distinct article_id, claim_value from event_claim where event_id = ? and attribute = ?",
                List.of(eventId, ExtractedClaim.KIND), row -> row.getString(2))) {
            Arrays.stream(EventKind.values()).filter(k -> k.name().equals(value)).forEach(reports::add);
        }
        EventKind agreed = EventMatcher.agreedKind(reports);
        if (agreed != null) {
            writes.update("update event set kind = ? where id = ?", s -> {
                s.setString(1, agreed.name());
                s.setLong(2, eventId);
            });
        }
    }

    private long create(ExtractedEvent extracted) {
        long id = writes.nextId("event_seq");
        writes.update("insert into event (id, kind, title, starts_on, ends_on, sort_day, location, confidence, edition,"
                + " edition_of) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", s -> {
                    s.setLong(1, id);
                    s.setString(2, extracted.kind().name());
                    s.setString(3, extracted.title());
                    Sql.setDate(s, 4, extracted.startsOn());
                    Sql.setDate(s, 5, extracted.endsOn());
                    s.setInt(6, Event.sortDay(extracted.startsOn()));
                    s.setString(7, extracted.location());
                    s.setDouble(8, extracted.confidence());
                    s.setString(9, extracted.edition());
                    s.setString(10, editionOf(extracted.edition()));
                });
        return id;
    }

    /** A dated report of an event stored without a date gives it its date. */
    private void dateIfUnknown(long eventId, ExtractedEvent extracted) {
        if (extracted.startsOn() != null) {
            writes.update("update event set starts_on = ?, ends_on = ?, sort_day = ? where id = ? and starts_on is null", s -> {
                Sql.setDate(s, 1, extracted.startsOn());
                Sql.setDate(s, 2, extracted.endsOn());
                s.setInt(3, Event.sortDay(extracted.startsOn()));
                s.setLong(4, eventId);
            });
        }
    }

    /** A report naming the edition of an event stored without one gives it its edition. */
    private void editionIfUnknown(long eventId, ExtractedEvent extracted) {
        if (extracted.edition() != null) {
            writes.update("update event set edition = ?, edition_of = ? where id = ? and edition is null", s -> {
                s.setString(1, extracted.edition());
                s.setString(2, editionOf(extracted.edition()));
                s.setLong(3, eventId);
            });
        }
    }

    /** The gathering of an edition key without its ordinal ("summit|عربيه|28" → "summit|عربيه|"), or null. */
    private static String editionOf(String edition) {
        return edition == null ? null : edition.substring(0, edition.lastIndexOf('|') + 1);
    }

    /** Adds the people not among the event's {@code stored} participants (as its candidate row read them). */
    private void addParticipants(long eventId, Set<Long> stored, Set<Long> personIds) {
        Set<Long> known = new HashSet<>(stored);
        for (Long personId : personIds) {
            if (known.add(personId)) {
                writes.update("insert into event_participant (event_id, person_id) values (?, ?)", s -> {
                    s.setLong(1, eventId);
                    s.setLong(2, personId);
                });
            }
        }
    }

    /**
     * One mention per article, with the matcher's decision: the rule that merged it, or why the nearest stored event
     * (kept as the compared event) is another one.
     */
    private void addMention(long eventId, long articleId, ExtractedEvent event, MergeDecision decision) {
        if (sql.count("select count(*) from event_mention where event_id = ? and article_id = ?", List.of(eventId, articleId)) > 0) {
            return; // two extracted events of one article merged into one stored event
        }
        Span first = event.mentions().isEmpty() ? null : event.mentions().get(0);
        writes.update("insert into event_mention (event_id, article_id, span, start_offset, end_offset, merge_rule,"
                + " compared_event_id) values (?, ?, ?, ?, ?, ?, ?)", s -> {
                    s.setLong(1, eventId);
                    s.setLong(2, articleId);
                    s.setString(3, first == null ? null : first.text());
                    Sql.setInteger(s, 4, first == null ? null : first.start());
                    Sql.setInteger(s, 5, first == null ? null : first.end());
                    s.setString(6, decision.rule());
                    Sql.setBigint(s, 7, decision.merged() ? null : decision.eventId());
                });
    }

    private void addClaims(long eventId, long articleId, List<ExtractedClaim> claims) {
        for (ExtractedClaim extracted : claims) {
            long id = writes.nextId("event_claim_seq");
            writes.update("insert into event_claim (id, event_id, article_id, attribute, claim_value, span, start_offset, end_offset)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?)", s -> {
                        s.setLong(1, id);
                        s.setLong(2, eventId);
                        s.setLong(3, articleId);
                        s.setString(4, extracted.attribute());
                        s.setString(5, extracted.value());
                        s.setString(6, extracted.span().text());
                        s.setInt(7, extracted.span().start());
                        s.setInt(8, extracted.span().end());
                    });
        }
    }

    /** The candidates by id, each with all its participants. */
    private Map<Long, KnownEvent> candidates(ExtractedEvent event, Set<Long> participants) {
        Map<Long, KnownEvent> byId = new LinkedHashMap<>();
        // a dated report meets the events within a day of it, a bounded undated one those inside its bounds; a stored
        // range ("يومي 20 و21") that began before them still meets them, up to the longest range looked back to
        LocalDate from = event.startsOn() != null ? event.startsOn().minusDays(1) : event.notBefore();
        LocalDate to = event.startsOn() != null ? lastDay(event).plusDays(1) : event.notAfter();
        if (event.edition() != null) {
            // "القمة العربية الـ28": the events stored with an edition of that gathering, dated or not, whoever took
            // part; the same edition is the event, another one says why the report stays apart
            readCandidates("select id, kind, starts_on, ends_on, location, edition from event where edition_of = ?"
                    + " order by id desc limit ?", List.of(editionOf(event.edition()), MAX_PARTICIPANT_CANDIDATES), byId);
        }
        if (from != null && to != null) {
            readCandidates("select id, kind, starts_on, ends_on, location, edition from event where sort_day between ? and ?"
                    + " and coalesce(ends_on, starts_on) >= ?",
                    List.of(Event.sortDay(from.minusDays(LONGEST_RANGE_DAYS)), Event.sortDay(to), from), byId);
        }
        if (!participants.isEmpty()) {
            // an undated report may be of any dated event of the same people, and a dated one may date an undated event
            List<Object> parameters = new ArrayList<>();
            String people = Sql.in(participants, parameters);
            parameters.add(event.startsOn() != null ? Event.UNKNOWN_DAY : Integer.MAX_VALUE);
            parameters.add(MAX_PARTICIPANT_CANDIDATES);
            readCandidates(sameParticipants(people) + " where e.sort_day <= ? order by e.sort_day desc, e.id desc limit ?",
                    parameters, byId);
            if (event.startsOn() != null) {
                // the same people's nearest other day cannot be this event (the days are apart), but being kept apart
                // from it says why; one is enough for the reason, so the hot path reads one event more, not their history
                List<Object> nearest = new ArrayList<>();
                people = Sql.in(participants, nearest);
                nearest.addAll(List.of(Event.UNKNOWN_DAY, Event.sortDay(event.startsOn())));
                readCandidates(sameParticipants(people) + " where e.sort_day <> ?"
                        + " order by abs(cast(e.sort_day as bigint) - ?), e.id desc limit 1", nearest, byId);
            }
        }
        addStoredParticipants(byId);
        return byId;
    }

    /** Reads, in one statement, every participant of the candidates read without them. */
    private void addStoredParticipants(Map<Long, KnownEvent> byId) {
        if (!byId.isEmpty()) {
            List<Object> parameters = new ArrayList<>();
            sql.each("select event_id, person_id from event_participant where event_id in " + Sql.in(byId.keySet(), parameters),
                    parameters, row -> byId.get(row.getLong(1)).participantIds().add(row.getLong(2)));
        }
    }

    /**
     * The events of the given people, as a select of (id, kind, starts_on, ends_on, location, edition) to finish with a where
     * clause on {@code e}: their events first, then the rows, because H2 runs "id in (subquery)" as a walk of every
     * event in sort order.
     */
    private static String sameParticipants(String people) {
        return "select e.id, e.kind, e.starts_on, e.ends_on, e.location, e.edition from (select distinct event_id from"
                + " event_participant where person_id in " + people + ") p join event e on e.id = p.event_id";
    }

    /** Adds the events a select of (id, kind, starts_on, ends_on, location, edition) reads, without their participants yet. */
    private void readCandidates(String select, List<?> parameters, Map<Long, KnownEvent> byId) {
        sql.each(select, parameters, row -> byId.putIfAbsent(row.getLong(1), new KnownEvent(row.getLong(1),
                EventKind.valueOf(row.getString(2)), Sql.getDate(row, 3), Sql.getDate(row, 4), new HashSet<>(),
                row.getString(5), false, row.getString(6))));
    }

    private static LocalDate lastDay(ExtractedEvent event) {
        return event.endsOn() != null ? event.endsOn() : event.startsOn();
    }
}
