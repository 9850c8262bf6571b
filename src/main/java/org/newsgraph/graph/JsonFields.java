package org.newsgraph.graph;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

/** Typed reads of one JSON object's fields; a wrong or missing value is refused naming its path (quotes[2].speaker.id). */
final class JsonFields {
    private final String path;
    private final JsonNode node;

    JsonFields(String path, JsonNode node) {
        this.path = path;
        this.node = node;
        if (!node.isObject()) {
            throw new IllegalArgumentException(where() + "not a JSON object");
        }
    }

    long id(String field) {
        JsonNode value = required(field);
        if (!value.canConvertToExactIntegral() || !value.canConvertToLong() || value.asLong() <= 0) {
            throw invalid(field, "not a positive integer id");
        }
        return value.asLong();
    }

    Long optionalId(String field) {
        return isAbsent(field) ? null : id(field);
    }

    String text(String field) {
        String value = optionalText(field);
        if (value == null) {
            throw invalid(field, "missing");
        }
        return value;
    }

    String optionalText(String field) {
        if (isAbsent(field)) {
            return null;
        }
        JsonNode value = node.get(field);
        if (!value.isTextual()) {
            throw invalid(field, "not a string");
        }
        return value.textValue();
    }

    Integer optionalInt(String field) {
        if (isAbsent(field)) {
            return null;
        }
        JsonNode value = node.get(field);
        if (!value.canConvertToExactIntegral() || !value.canConvertToInt()) {
            throw invalid(field, "not an integer");
        }
        return value.asInt();
    }

    int integer(String field) {
        Integer value = optionalInt(field);
        if (value == null) {
            throw invalid(field, "missing");
        }
        return value;
    }

    Double optionalDouble(String field) {
        if (isAbsent(field)) {
            return null;
        }
        JsonNode value = node.get(field);
        if (!value.isNumber()) {
            throw invalid(field, "not a number");
        }
        return value.asDouble();
    }

    boolean flag(String field) {
        if (isAbsent(field)) {
            return false;
        }
        JsonNode value = node.get(field);
        if (!value.isBoolean()) {
            throw invalid(field, "not true or false");
        }
        return value.booleanValue();
    }

    Instant optionalInstant(String field) {
        return parsed(field, Instant::parse, "not an ISO-8601 instant like 2024-05-01T10:00:00Z");
    }

    LocalDate optionalDate(String field) {
        return parsed(field, LocalDate::parse, "not an ISO date like 2024-05-01");
    }

    /** The field's value as a constant of {@code type}: the file writes them lower-case (phone_call). */
    <E extends Enum<E>> E optionalConstant(String field, Class<E> type) {
        String value = optionalText(field);
        if (value == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value)) {
                return constant;
            }
        }
        throw invalid(field, "unknown value '" + value + "'");
    }

    <E extends Enum<E>> E constant(String field, Class<E> type) {
        E value = optionalConstant(field, type);
        if (value == null) {
            throw invalid(field, "missing");
        }
        return value;
    }

    JsonFields object(String field) {
        JsonFields value = optionalObject(field);
        if (value == null) {
            throw invalid(field, "missing");
        }
        return value;
    }

    JsonFields optionalObject(String field) {
        return isAbsent(field) ? null : new JsonFields(path(field), node.get(field));
    }

    /** Each element of an array field read by {@code reader}; a missing array is empty. */
    <T> List<T> list(String field, Function<JsonFields, T> reader) {
        if (isAbsent(field)) {
            return List.of();
        }
        JsonNode array = node.get(field);
        if (!array.isArray()) {
            throw invalid(field, "not an array");
        }
        List<T> out = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            out.add(reader.apply(new JsonFields(path(field) + "[" + i + "]", array.get(i))));
        }
        return out;
    }

    private <T> T parsed(String field, Function<String, T> parser, String problem) {
        String value = optionalText(field);
        try {
            return value == null ? null : parser.apply(value);
        } catch (DateTimeParseException e) {
            throw invalid(field, problem);
        }
    }

    private boolean isAbsent(String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull();
    }

    private JsonNode required(String field) {
        if (isAbsent(field)) {
            throw invalid(field, "missing");
        }
        return node.get(field);
    }

    private IllegalArgumentException invalid(String field, String problem) {
        return new IllegalArgumentException(path(field) + ": " + problem);
    }

    private String path(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    private String where() {
        return path.isEmpty() ? "" : path + ": ";
    }
}
