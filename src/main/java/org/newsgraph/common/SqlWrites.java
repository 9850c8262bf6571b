package org.newsgraph.common;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.hibernate.dialect.Dialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;

/**
 * The ingestion's writes, in plain JDBC on the caller's transaction: one prepared statement a row, executed at once so
 * that the lookups after it see it. An article writes tens of rows and reads them back while it decides who and what
 * it reports; through the entity manager each of those reads costs a flush of the session.
 */
@ApplicationScoped
public class SqlWrites {
    /** The sequences step by 50 (V1): each value starts a block of ids, as for Quarkus' default optimizer, pooled-lo. */
    private static final int IDS_PER_VALUE = 50;

    private final DataSource dataSource;
    private final Dialect dialect;
    private final Map<String, long[]> blocks = new HashMap<>();

    @Inject
    public SqlWrites(DataSource dataSource, SessionFactory sessionFactory) {
        this.dataSource = dataSource;
        this.dialect = sessionFactory.unwrap(SessionFactoryImplementor.class).getJdbcServices().getDialect();
    }

    /** Sets a statement's parameters. */
    @FunctionalInterface
    public interface Parameters {
        void bind(PreparedStatement statement) throws SQLException;
    }

    /** Runs an insert, update or delete; the number of rows it changed. */
    public int update(String sql, Parameters parameters) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            parameters.bind(statement);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("write failed: " + e.getMessage(), e);
        }
    }

    /** Runs an insert, update or delete with {@code parameters} bound in order (see {@link Sql#bind}). */
    public int update(String sql, List<?> parameters) {
        return update(sql, statement -> Sql.bind(statement, parameters));
    }

    /**
     * A new id from {@code sequence}. Sequence value v stands for the ids v to v+49, as for Hibernate's pooled-lo
     * optimizer (Quarkus' default), so that the entities Hibernate writes (corrections) never take the same id, and a
     * sequence restarted above the imported ids hands out ids above them.
     */
    public synchronized long nextId(String sequence) {
        long[] block = blocks.get(sequence); // {next id, last id of the block}
        if (block == null || block[0] > block[1]) {
            long value = nextValue(sequence);
            block = new long[] {value, value + IDS_PER_VALUE - 1};
            blocks.put(sequence, block);
        }
        return block[0]++;
    }

    /** Drops the blocks held: after a graph import restarted the sequences above the imported ids. */
    public synchronized void forgetIds() {
        blocks.clear();
    }

    private long nextValue(String sequence) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(
                dialect.getSequenceSupport().getSequenceNextValString(sequence)); ResultSet row = statement.executeQuery()) {
            row.next();
            return row.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read sequence " + sequence + ": " + e.getMessage(), e);
        }
    }
}
