package org.newsgraph.common;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The reads behind the GraphQL API and the ingestion's lookups, in plain JDBC: one prepared statement a read, its
 * parameters bound in order, rows read straight into view records. Reads need no entity, no session and no query translation, and they are
 * counted ({@code newsgraph_sql_reads_total}) so that the statements a request costs can be watched and tested.
 */
@ApplicationScoped
public class SqlReads {
    private final AtomicLong statements = new AtomicLong();
    private final AtomicLong rows = new AtomicLong();
    private final DataSource dataSource;
    private final Counter counter;

    @Inject
    public SqlReads(DataSource dataSource, MeterRegistry registry) {
        this.dataSource = dataSource;
        this.counter = Counter.builder("newsgraph_sql_reads").description("SQL statements run by reads: the GraphQL API and the ingestion's lookups").register(registry);
    }

    /** Reads one value from each row of a result. */
    @FunctionalInterface
    public interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    /** Takes in each row of a result. */
    @FunctionalInterface
    public interface RowConsumer {
        void accept(ResultSet row) throws SQLException;
    }

    public <T> List<T> list(String sql, List<?> parameters, RowReader<T> reader) {
        List<T> out = new ArrayList<>();
        each(sql, parameters, row -> out.add(reader.read(row)));
        return out;
    }

    /** Hands each row of a result to {@code consumer}. */
    public void each(String sql, List<?> parameters, RowConsumer consumer) {
        statements.incrementAndGet();
        counter.increment();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            Sql.bind(statement, parameters);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.incrementAndGet();
                    consumer.accept(result);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("read failed: " + e.getMessage(), e);
        }
    }

    public long count(String sql, List<?> parameters) {
        return list(sql, parameters, row -> row.getLong(1)).get(0);
    }

    /**
     * Rows of {@code selectWhereIn} (a select ending in {@code ... in}) over the distinct {@code ids}, followed by
     * {@code tail} (an order or group by); an empty id list reads nothing.
     */
    public <T> List<T> forIds(String selectWhereIn, Collection<Long> ids, String tail, RowReader<T> reader) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Object> parameters = new ArrayList<>();
        return list(selectWhereIn + Sql.in(Rows.distinct(ids), parameters) + tail, parameters, reader);
    }

    /** Values by the id in column 1, from a select over {@code ids} (see {@link #forIds}). */
    public <V> Map<Long, V> byId(String selectWhereIn, Collection<Long> ids, RowReader<V> reader) {
        Map<Long, V> out = new HashMap<>();
        for (Keyed<V> row : forIds(selectWhereIn, ids, "", keyed(reader))) {
            out.put(row.key(), row.value());
        }
        return out;
    }

    /** Values grouped by the key in column 1, in row order, from a select over {@code ids} (see {@link #forIds}). */
    public <V> Map<Long, List<V>> grouped(String selectWhereIn, Collection<Long> ids, String tail, RowReader<V> reader) {
        Map<Long, List<V>> out = new HashMap<>();
        for (Keyed<V> row : forIds(selectWhereIn, ids, tail, keyed(reader))) {
            out.computeIfAbsent(row.key(), k -> new ArrayList<>()).add(row.value());
        }
        return out;
    }

    /** One page of a keyset-ordered select: reads {@code first + 1} rows to tell whether more follow. */
    public <V> Page<V> page(String sql, List<Object> parameters, int first, RowReader<V> reader) {
        List<Object> all = new ArrayList<>(parameters);
        all.add(first + 1);
        return Page.of(list(sql + " limit ?", all, reader), first);
    }

    /** How many statements have been read so far (tests compare it before and after a request). */
    public long statements() {
        return statements.get();
    }

    /** How many rows those statements returned. */
    public long rows() {
        return rows.get();
    }

    private record Keyed<V>(long key, V value) {
    }

    private static <V> RowReader<Keyed<V>> keyed(RowReader<V> reader) {
        return row -> new Keyed<>(row.getLong(1), reader.read(row));
    }
}
