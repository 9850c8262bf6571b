package org.newsgraph.common;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/** Helpers for the batched reads behind nested GraphQL fields. */
public final class Rows {

    private Rows() {
    }

    /** Runs an HQL select over {@code ids} bound to {@code :ids}; an empty id set runs nothing. */
    public static List<Object[]> select(EntityManager em, String hql, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery(hql, Object[].class).setParameter("ids", distinct(ids)).getResultList();
    }

    /** Values read from rows whose column 0 is their id, by id. */
    public static <V> Map<Long, V> byId(EntityManager em, String hql, Collection<Long> ids, Function<Object[], V> reader) {
        Map<Long, V> out = new HashMap<>();
        for (Object[] row : select(em, hql, ids)) {
            out.put((Long) row[0], reader.apply(row));
        }
        return out;
    }

    /** One page of a keyset-ordered select: fetches {@code first + 1} rows to tell whether more follow. */
    public static <V> Page<V> page(EntityManager em, String hql, Map<String, Object> params, int first, Function<Object[], V> reader) {
        TypedQuery<Object[]> query = em.createQuery(hql, Object[].class).setMaxResults(first + 1);
        params.forEach(query::setParameter);
        List<V> rows = new ArrayList<>();
        for (Object[] row : query.getResultList()) {
            rows.add(reader.apply(row));
        }
        return Page.of(rows, first);
    }

    /** Groups rows under the key in column 0, reading each value with {@code reader}, keeping row order. */
    public static <V> Map<Long, List<V>> group(List<Object[]> rows, Function<Object[], V> reader) {
        Map<Long, List<V>> groups = new HashMap<>();
        for (Object[] row : rows) {
            groups.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add(reader.apply(row));
        }
        return groups;
    }

    /** The first {@code limit} values of each group; null means all. */
    public static <V> Map<Long, List<V>> limit(Map<Long, List<V>> groups, Integer limit) {
        if (limit != null) {
            groups.replaceAll((k, v) -> v.size() > limit ? v.subList(0, Math.max(0, limit)) : v);
        }
        return groups;
    }

    /** Values for each source, in the order of the sources (what a batched resolver must return). */
    public static <S, V> List<List<V>> inOrder(List<S> sources, Function<S, Long> key, Map<Long, List<V>> groups) {
        List<List<V>> out = new ArrayList<>(sources.size());
        for (S source : sources) {
            out.add(groups.getOrDefault(key.apply(source), List.of()));
        }
        return out;
    }

    /** The single value of each source, or null, in the order of the sources. */
    public static <S, V> List<V> oneInOrder(List<S> sources, Function<S, Long> key, Map<Long, V> values) {
        List<V> out = new ArrayList<>(sources.size());
        for (S source : sources) {
            Long k = key.apply(source);
            out.add(k == null ? null : values.get(k));
        }
        return out;
    }

    public static <S> List<Long> keys(List<S> sources, Function<S, Long> key) {
        List<Long> out = new ArrayList<>(sources.size());
        for (S source : sources) {
            Long k = key.apply(source);
            if (k != null) {
                out.add(k);
            }
        }
        return out;
    }

    public static List<Long> distinct(Collection<Long> ids) {
        return new ArrayList<>(new LinkedHashSet<>(ids));
    }
}
