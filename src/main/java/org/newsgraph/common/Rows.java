package org.newsgraph.common;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Helpers for the batched reads behind nested GraphQL fields: limits per group, values in the order of their sources. */
public final class Rows {

    private Rows() {
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
