package org.newsgraph.common;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.arc.Arc;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The reads behind the GraphQL API and the ingestion's lookups, in plain JDBC: one prepared statement a read, its
 * parameters bound in order, rows read straight into view records. Reads need no entity, no session and no query translation, and they are
 * counted ({@code newsgraph_sql_reads_total}) so that the statements a request costs can be watched and tested.
 * <p>
 * Every read has a deadline in the database: a query timeout as long as a GraphQL request may run, so a statement
 * never outlives its request by more than that. Within a request, its {@link RequestBudget} counts the rows and can
 * cancel the statements still running when the request is stopped.
 */
@ApplicationScoped
public class SqlReads {
    /** SQLSTATE of a statement cancelled or timed out: H2 and PostgreSQL alike. */
    private static final String CANCELLED = "57014";
    private final AtomicLong statements = new AtomicLong();
    private final AtomicLong rows = new AtomicLong();
    private final DataSource dataSource;
    private final Counter counter;
    private final Instance<RequestBudget> budgets;
    private final int timeoutSeconds;
    private volatile Boolean postgres;

    @Inject
    public SqlReads(DataSource dataSource, MeterRegistry registry, Instance<RequestBudget> budgets,
            @ConfigProperty(name = "newsgraph.graphql.max-duration", defaultValue = "10s") Duration requestLimit) {
        this.dataSource = dataSource;
        this.budgets = budgets;
        this.timeoutSeconds = (int) Math.max(1, requestLimit.toSeconds());
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
        RequestBudget budget = budget();
        if (budget != null) {
            budget.checkRunning();
        }
        statements.incrementAndGet();
        counter.increment();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            // the same for every read, so H2 sets its session's QUERY_TIMEOUT once per connection, not per statement
            statement.setQueryTimeout(timeoutSeconds);
            Sql.bind(statement, parameters);
            if (budget == null) {
                read(statement, consumer, null);
                return;
            }
            budget.started(statement);
            try {
                read(statement, consumer, budget);
            } finally {
                budget.ended(statement);
            }
        } catch (SQLException e) {
            if (budget != null && budget.stopped() != null) {
                throw budget.stopped();
            }
            if (CANCELLED.equals(e.getSQLState())) {
                throw RequestLimitException.tooSlow(Duration.ofSeconds(timeoutSeconds));
            }
            throw new IllegalStateException("read failed: " + e.getMessage(), e);
        }
    }

    private void read(PreparedStatement statement, RowConsumer consumer, RequestBudget budget) throws SQLException {
        try (ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                rows.incrementAndGet();
                if (budget != null) {
                    budget.countRow();
                }
                consumer.accept(result);
            }
        }
    }

    /** The budget of the request the read is for, or null outside a request. */
    private RequestBudget budget() {
        return Arc.container().requestContext().isActive() ? budgets.get() : null;
    }

    /** Whether the database is PostgreSQL (else H2), for the few statements the two write differently. */
    public boolean postgres() {
        Boolean known = postgres;
        if (known == null) {
            try (Connection connection = dataSource.getConnection()) {
                known = connection.getMetaData().getDatabaseProductName().equals("PostgreSQL");
            } catch (SQLException e) {
                throw new IllegalStateException("no database: " + e.getMessage(), e);
            }
            postgres = known;
        }
        return known;
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
