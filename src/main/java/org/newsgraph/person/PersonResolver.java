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
import jakarta.transaction.Transactional;

import org.newsgraph.common.Sql;
import org.newsgraph.common.SqlReads;
import org.newsgraph.common.SqlWrites;
import org.newsgraph.extraction.ExtractedPerson;
import org.newsgraph.identity.KnownPerson;
import org.newsgraph.identity.Match;
import org.newsgraph.identity.PersonMatcher;
import org.newsgraph.kinds.PersonKind;
import org.newsgraph.text.ArabicNormalizer;

/**
 * Identifies the people named in an article with the stored ones: the candidates are the people sharing a name token,
 * the {@link PersonMatcher} decides. A new spelling becomes an alias of the person it matched. Plain JDBC (see
 * {@link SqlWrites}): this runs for every person of every article.
 */
@ApplicationScoped
public class PersonResolver {
    /**
     * Bound on the people offered to the matcher: a title word ("وزير", "العهد") is shared by hundreds of people, the
     * person meant shares the name's other tokens too.
     */
    private static final int MAX_CANDIDATES = 50;

    private final PersonMatcher matcher = new PersonMatcher();

    @Inject
    SqlReads sql;
    @Inject
    SqlWrites writes;

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
            Map<Long, KnownPerson> candidates = candidates(tokensOf(person));
            Optional<Match> match = matcher.match(person, candidates.values());
            long id;
            if (match.isPresent()) {
                id = match.get().id();
                if (person.role() != null) {
                    writes.update("update person set role = ?, role_source = ? where id = ? and role is null", s -> {
                        s.setString(1, person.role());
                        s.setString(2, person.roleSource());
                        s.setLong(3, id);
                    });
                }
                addNames(id, person, candidates.get(id).aliases());
            } else {
                id = create(person);
                addNewNames(id, person);
            }
            ids.put(person.ref(), id);
            byNaming.put(naming, id);
        }
        return ids;
    }

    private long create(ExtractedPerson extracted) {
        long id = writes.nextId("person_seq");
        writes.update("insert into person (id, name, name_key, kind, role, role_source) values (?, ?, ?, ?, ?, ?)", s -> {
            s.setLong(1, id);
            s.setString(2, extracted.name());
            s.setString(3, ArabicNormalizer.matchKey(extracted.name()));
            s.setString(4, extracted.kind().name());
            s.setString(5, extracted.role());
            s.setString(6, extracted.roleSource());
        });
        return id;
    }

    /** Adds the aliases ({@code stored}: those it has, as its candidate row read them) and tokens it does not have yet. */
    private void addNames(long personId, ExtractedPerson extracted, Collection<String> stored) {
        Set<String> known = new HashSet<>(stored);
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
        Set<String> known = new HashSet<>(sql.list("select token from person_token where person_id = ?", List.of(personId),
                row -> row.getString(1)));
        for (String token : tokens) {
            if (known.add(token)) {
                addToken(personId, token);
            }
        }
    }

    private void addToken(long personId, String token) {
        writes.update("insert into person_token (token, person_id) values (?, ?)", s -> {
            s.setString(1, token);
            s.setLong(2, personId);
        });
    }

    public void addAlias(long personId, String alias, boolean editorial) {
        long id = writes.nextId("person_alias_seq");
        writes.update("insert into person_alias (id, person_id, alias, alias_key, editorial) values (?, ?, ?, ?, ?)", s -> {
            s.setLong(1, id);
            s.setLong(2, personId);
            s.setString(3, alias);
            s.setString(4, ArabicNormalizer.matchKey(alias));
            s.setBoolean(5, editorial);
        });
    }

    private static Set<String> tokensOf(ExtractedPerson person) {
        Set<String> tokens = new HashSet<>(PersonMatcher.tokens(person.name()));
        for (String alias : person.aliases()) {
            tokens.addAll(PersonMatcher.tokens(alias));
        }
        return tokens;
    }

    /** The candidates by id, each with all its aliases. */
    private Map<Long, KnownPerson> candidates(Set<String> tokens) {
        if (tokens.isEmpty()) {
            return Map.of();
        }
        List<Object> parameters = new ArrayList<>();
        Map<Long, KnownPerson> people = new LinkedHashMap<>();
        // the people sharing most tokens first, then their rows: H2 plans "id in (subquery)" as a scan of person
        String in = Sql.in(tokens, parameters);
        parameters.add(MAX_CANDIDATES);
        sql.each("select p.id, p.name, p.kind, pa.alias from (select person_id, count(*) shared from person_token where token in "
                + in + " group by person_id order by shared desc, person_id limit ?) t join person p on p.id = t.person_id"
                + " join person_alias pa on pa.person_id = p.id order by p.id, pa.id", parameters, row -> {
                    KnownPerson person = people.get(row.getLong(1));
                    if (person == null) {
                        person = new KnownPerson(row.getLong(1), row.getString(2), PersonKind.valueOf(row.getString(3)), new ArrayList<>());
                        people.put(person.id(), person);
                    }
                    ((List<String>) person.aliases()).add(row.getString(4));
                });
        return people;
    }
}
