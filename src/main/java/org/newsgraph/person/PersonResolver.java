package org.newsgraph.person;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.newsgraph.extraction.ArabicNormalizer;
import org.newsgraph.extraction.ExtractedPerson;
import org.newsgraph.extraction.KnownPerson;
import org.newsgraph.extraction.Match;
import org.newsgraph.extraction.PersonMatcher;

/**
 * Identifies the people named in an article with the stored ones: the candidates are the people sharing a name token,
 * the {@link PersonMatcher} decides. A new spelling becomes an alias of the person it matched.
 */
@ApplicationScoped
public class PersonResolver {
    private final PersonMatcher matcher = new PersonMatcher();

    @Inject
    EntityManager em;

    /** Stored person id for each extracted person's ref. Runs inside the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<Integer, Long> resolve(List<ExtractedPerson> people) {
        Map<Integer, Long> ids = new HashMap<>();
        // one article may name the same person many times: resolve each distinct naming once
        Map<String, Long> byNaming = new HashMap<>();
        for (ExtractedPerson person : people) {
            String naming = person.kind() + "|" + ArabicNormalizer.matchKey(person.name()) + "|" + person.aliases();
            Long known = byNaming.get(naming);
            if (known != null) {
                ids.put(person.ref(), known);
                continue;
            }
            Optional<Match> match = matcher.match(person, candidates(tokensOf(person)));
            Person stored;
            if (match.isPresent()) {
                stored = em.find(Person.class, match.get().id());
                if (stored.role == null && person.role() != null) {
                    stored.role = person.role();
                    stored.roleSource = person.roleSource();
                }
                addNames(stored.id, person);
            } else {
                stored = create(person);
                addNewNames(stored.id, person);
            }
            ids.put(person.ref(), stored.id);
            byNaming.put(naming, stored.id);
        }
        return ids;
    }

    private Person create(ExtractedPerson extracted) {
        Person person = new Person();
        person.name = extracted.name();
        person.nameKey = ArabicNormalizer.matchKey(extracted.name());
        person.kind = extracted.kind();
        person.role = extracted.role();
        person.roleSource = extracted.roleSource();
        person.persist();
        return person;
    }

    /** Adds the aliases and tokens the person does not have yet. */
    public void addNames(long personId, ExtractedPerson extracted) {
        Set<String> known = new HashSet<>(em.createQuery("select pa.alias from PersonAlias pa where pa.personId = :id", String.class)
                .setParameter("id", personId).getResultList());
        List<String> names = new ArrayList<>(extracted.aliases());
        names.add(extracted.name());
        for (String alias : names) {
            if (known.add(alias)) {
                addAlias(personId, alias, false);
            }
        }
        addTokens(personId, tokensOf(extracted));
    }

    /** The names of a person created in this transaction: it has none stored yet, so there is nothing to read. */
    private void addNewNames(long personId, ExtractedPerson extracted) {
        Set<String> names = new LinkedHashSet<>(extracted.aliases());
        names.add(extracted.name());
        for (String alias : names) {
            addAlias(personId, alias, false);
        }
        for (String token : tokensOf(extracted)) {
            addToken(personId, token);
        }
    }

    /** Indexes the tokens the person is not indexed under yet. */
    public void addTokens(long personId, Set<String> tokens) {
        Set<String> known = new HashSet<>(em.createQuery("select t.token from PersonToken t where t.personId = :id", String.class)
                .setParameter("id", personId).getResultList());
        for (String token : tokens) {
            if (known.add(token)) {
                addToken(personId, token);
            }
        }
    }

    private void addToken(long personId, String token) {
        PersonToken row = new PersonToken();
        row.token = token;
        row.personId = personId;
        row.persist();
    }

    public void addAlias(long personId, String alias, boolean editorial) {
        PersonAlias row = new PersonAlias();
        row.personId = personId;
        row.alias = alias;
        row.aliasKey = ArabicNormalizer.matchKey(alias);
        row.editorial = editorial;
        row.persist();
    }

    private static Set<String> tokensOf(ExtractedPerson person) {
        Set<String> tokens = new HashSet<>(PersonMatcher.tokens(person.name()));
        for (String alias : person.aliases()) {
            tokens.addAll(PersonMatcher.tokens(alias));
        }
        return tokens;
    }

    private Collection<KnownPerson> candidates(Set<String> tokens) {
        if (tokens.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = em.createQuery("select p.id, p.name, p.kind, pa.alias from Person p join PersonAlias pa on pa.personId = p.id"
                + " where p.id in (select t.personId from PersonToken t where t.token in :tokens) order by p.id, pa.id", Object[].class)
                .setParameter("tokens", tokens).getResultList();
        Map<Long, KnownPerson> people = new LinkedHashMap<>();
        for (Object[] row : rows) {
            people.computeIfAbsent((Long) row[0], id -> new KnownPerson(id, (String) row[1], (PersonKind) row[2], new ArrayList<>()));
            ((List<String>) people.get((Long) row[0]).aliases()).add((String) row[3]);
        }
        return people.values();
    }
}
