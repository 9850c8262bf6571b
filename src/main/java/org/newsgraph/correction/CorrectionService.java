package org.newsgraph.correction;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.newsgraph.common.InvalidInputException;
import org.newsgraph.event.Event;
import org.newsgraph.identity.PersonMatcher;
import org.newsgraph.person.Person;
import org.newsgraph.person.PersonResolver;
import org.newsgraph.quote.Quote;
import org.newsgraph.text.ArabicNormalizer;
import org.newsgraph.writelock.GraphWriteLock;

/**
 * Editorial corrections: merge two people, add an alias, reassign a quote's speaker or event. Each is applied at once
 * and stored; quote reassignments are re-applied when their article is re-ingested, and aliases and merges hold for
 * every later article because matching goes through the stored aliases.
 * <p>
 * Each takes the {@link GraphWriteLock} before it reads anything, as an article's ingestion does, so corrections,
 * ingestions and graph imports take turns: a merge cannot delete a person an ingestion is attributing a quote to, nor
 * an alias be added to one a concurrent merge removes.
 */
@ApplicationScoped
public class CorrectionService {
    static final String EDITOR_RULE = "editor";

    @Inject
    EntityManager em;
    @Inject
    PersonResolver people;

    /** Moves everything of {@code mergedId} (quotes, participations, aliases) to {@code keptId}, then deletes it. */
    @Transactional
    public long mergePeople(long keptId, long mergedId, String note) {
        GraphWriteLock.take(em);
        if (keptId == mergedId) {
            throw new InvalidInputException("merge", "a person cannot be merged into itself");
        }
        Person kept = person("keep", keptId);
        Person merged = person("merge", mergedId);
        em.createQuery("update Quote q set q.speakerId = :kept where q.speakerId = :merged")
                .setParameter("kept", keptId).setParameter("merged", mergedId).executeUpdate();
        em.createQuery("update Correction c set c.speakerId = :kept where c.speakerId = :merged")
                .setParameter("kept", keptId).setParameter("merged", mergedId).executeUpdate();
        em.createQuery("insert into EventParticipant (eventId, personId) select ep.eventId, :kept from EventParticipant ep"
                + " where ep.personId = :merged and not exists (select 1 from EventParticipant o where o.eventId = ep.eventId"
                + " and o.personId = :kept)").setParameter("kept", keptId).setParameter("merged", mergedId).executeUpdate();
        em.createQuery("update PersonAlias pa set pa.personId = :kept where pa.personId = :merged and pa.alias not in"
                + " (select o.alias from PersonAlias o where o.personId = :kept)")
                .setParameter("kept", keptId).setParameter("merged", mergedId).executeUpdate();
        em.createQuery("insert into PersonToken (token, personId) select t.token, :kept from PersonToken t where t.personId = :merged"
                + " and not exists (select 1 from PersonToken o where o.token = t.token and o.personId = :kept)")
                .setParameter("kept", keptId).setParameter("merged", mergedId).executeUpdate();
        if (kept.role == null) {
            kept.role = merged.role;
            kept.roleSource = merged.roleSource;
        }
        for (String table : List.of("EventParticipant", "PersonAlias", "PersonToken")) {
            em.createQuery("delete from " + table + " x where x.personId = :merged").setParameter("merged", mergedId).executeUpdate();
        }
        em.flush();
        merged.delete();
        Correction correction = correction(Correction.Kind.MERGE_PEOPLE, note);
        correction.personId = keptId;
        correction.otherPersonId = mergedId;
        correction.persist();
        return keptId;
    }

    /** Adds a spelling to a person: every later article that writes it resolves to that person. */
    @Transactional
    public long addAlias(long personId, String alias, String note) {
        GraphWriteLock.take(em);
        person("person", personId);
        String spelling = alias == null ? "" : alias.strip();
        if (spelling.isEmpty() || spelling.length() > 500 || ArabicNormalizer.matchKey(spelling).isEmpty()) {
            throw new InvalidInputException("alias", "must be a name of 1 to 500 characters with letters");
        }
        boolean known = em.createQuery("select count(pa) from PersonAlias pa where pa.personId = :id and pa.alias = :alias", Long.class)
                .setParameter("id", personId).setParameter("alias", spelling).getSingleResult() > 0;
        if (!known) {
            people.addAlias(personId, spelling, true);
            people.addTokens(personId, PersonMatcher.tokens(spelling));
        }
        Correction correction = correction(Correction.Kind.ADD_ALIAS, note);
        correction.personId = personId;
        correction.alias = spelling;
        correction.persist();
        return personId;
    }

    /** Sets who said a quote and/or what it is about; null leaves that part as it is, {@code clearEvent} unlinks. */
    @Transactional
    public long reassignQuote(long quoteId, Long speakerId, Long eventId, boolean clearEvent, String note) {
        GraphWriteLock.take(em);
        Quote quote = Quote.findById(quoteId);
        if (quote == null) {
            throw new InvalidInputException("quote", "no quote with id " + quoteId);
        }
        if (speakerId == null && eventId == null && !clearEvent) {
            throw new InvalidInputException("speaker", "give a speaker, an event or clearEvent");
        }
        if (eventId != null && clearEvent) {
            throw new InvalidInputException("clearEvent", "cannot both set and clear the event");
        }
        if (speakerId != null) {
            person("speaker", speakerId);
        }
        if (eventId != null && Event.findById(eventId) == null) {
            throw new InvalidInputException("event", "no event with id " + eventId);
        }
        Correction correction = correction(Correction.Kind.REASSIGN_QUOTE, note);
        correction.articleId = quote.articleId;
        correction.quoteTextKey = quote.textKey;
        correction.speakerId = speakerId;
        correction.eventId = eventId;
        correction.clearEvent = clearEvent;
        correction.persist();
        apply(correction, quote);
        return quoteId;
    }

    /** Re-applies the quote reassignments of an article after it was ingested again; called inside that transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reapply(long articleId) {
        List<Correction> corrections = Correction.list("articleId = ?1 and kind = ?2 order by id", articleId,
                Correction.Kind.REASSIGN_QUOTE);
        for (Correction correction : corrections) {
            List<Quote> quotes = Quote.list("articleId = ?1 and textKey = ?2", articleId, correction.quoteTextKey);
            quotes.forEach(quote -> apply(correction, quote));
        }
    }

    private static void apply(Correction correction, Quote quote) {
        if (correction.speakerId != null) {
            quote.speakerId = correction.speakerId;
            quote.speakerConfidence = 1.0;
            quote.speakerRule = EDITOR_RULE;
        }
        if (correction.eventId != null || correction.clearEvent) {
            quote.eventId = correction.eventId;
            quote.eventConfidence = correction.clearEvent ? null : 1.0;
            quote.eventRule = correction.clearEvent ? null : EDITOR_RULE;
        }
    }

    private Person person(String field, long id) {
        Person person = Person.findById(id);
        if (person == null) {
            throw new InvalidInputException(field, "no person with id " + id);
        }
        return person;
    }

    private static Correction correction(Correction.Kind kind, String note) {
        if (note != null && note.length() > 2000) {
            throw new InvalidInputException("note", "longer than 2000 characters");
        }
        Correction correction = new Correction();
        correction.kind = kind;
        correction.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        correction.note = note;
        return correction;
    }
}
