package org.newsgraph.common;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Null-aware JDBC parameter and column access, with the java.time mappings H2 and PostgreSQL both support, and IN
 * lists whose statement texts the databases can keep parsed.
 */
public final class Sql {

    private Sql() {
    }

    public static void setInteger(PreparedStatement ps, int i, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(i, Types.INTEGER);
        } else {
            ps.setInt(i, value);
        }
    }

    public static void setBigint(PreparedStatement ps, int i, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(i, Types.BIGINT);
        } else {
            ps.setLong(i, value);
        }
    }

    public static void setDouble(PreparedStatement ps, int i, Double value) throws SQLException {
        if (value == null) {
            ps.setNull(i, Types.DOUBLE);
        } else {
            ps.setDouble(i, value);
        }
    }

    public static void setDate(PreparedStatement ps, int i, LocalDate value) throws SQLException {
        if (value == null) {
            ps.setNull(i, Types.DATE);
        } else {
            ps.setObject(i, value, Types.DATE);
        }
    }

    public static void setInstant(PreparedStatement ps, int i, Instant value) throws SQLException {
        if (value == null) {
            ps.setNull(i, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            ps.setObject(i, value.atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
        }
    }

    public static Integer getInteger(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    public static Long getBigint(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    public static Double getDouble(ResultSet rs, int column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    public static LocalDate getDate(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    public static Instant getInstant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    public static OffsetDateTime getOffsetDateTime(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class);
    }

    /**
     * Placeholders for an IN list of {@code values}, added to {@code parameters} (see {@link #padded}).
     */
    public static String in(Collection<?> values, List<Object> parameters) {
        List<Object> padded = padded(values);
        parameters.addAll(padded);
        return "(?" + ", ?".repeat(padded.size() - 1) + ")";
    }

    /**
     * The values padded to a power of two by repeating the last one, so that a handful of statement texts serve every
     * list length and the databases' statement caches keep them parsed.
     */
    public static List<Object> padded(Collection<?> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("an IN list needs a value");
        }
        List<Object> out = new ArrayList<>(values);
        int size = values.size() == 1 ? 1 : Integer.highestOneBit(values.size() - 1) << 1;
        while (out.size() < size) {
            out.add(out.get(out.size() - 1));
        }
        return out;
    }

    /** Binds {@code parameters} in order: null, Long, Integer, Double, String, an enum (its name) or LocalDate. */
    public static void bind(PreparedStatement statement, List<?> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            Object value = parameters.get(i);
            int at = i + 1;
            if (value == null) {
                statement.setNull(at, Types.NULL);
            } else if (value instanceof Long number) {
                statement.setLong(at, number);
            } else if (value instanceof Integer number) {
                statement.setInt(at, number);
            } else if (value instanceof Double number) {
                statement.setDouble(at, number);
            } else if (value instanceof String text) {
                statement.setString(at, text);
            } else if (value instanceof Enum<?> constant) {
                statement.setString(at, constant.name());
            } else if (value instanceof LocalDate date) {
                statement.setObject(at, date, Types.DATE);
            } else {
                throw new IllegalArgumentException("cannot bind a " + value.getClass().getSimpleName());
            }
        }
    }
}
