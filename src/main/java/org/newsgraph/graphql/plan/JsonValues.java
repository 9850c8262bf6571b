package org.newsgraph.graphql.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/** Request variables as the plain Java values graphql-java coerces: maps, lists, strings, numbers, booleans, nulls. */
final class JsonValues {
    private JsonValues() {
    }

    static Map<String, Object> toMap(JsonObject object) {
        Map<String, Object> out = new LinkedHashMap<>();
        object.forEach((name, value) -> out.put(name, toJava(value)));
        return out;
    }

    private static Object toJava(JsonValue value) {
        return switch (value.getValueType()) {
            case OBJECT -> toMap((JsonObject) value);
            case ARRAY -> toList((JsonArray) value);
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> number((JsonNumber) value);
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case NULL -> null;
        };
    }

    private static List<Object> toList(JsonArray array) {
        List<Object> out = new ArrayList<>(array.size());
        array.forEach(item -> out.add(toJava(item)));
        return out;
    }

    /** Whole numbers as Integer or Long, as a JSON parser gives them; others as BigDecimal, without rounding. */
    private static Object number(JsonNumber number) {
        if (!number.isIntegral()) {
            return number.bigDecimalValue();
        }
        long value = number.bigIntegerValue().longValue();
        if (number.bigIntegerValue().bitLength() >= 64) {
            return number.bigIntegerValue();
        }
        return value == (int) value ? Integer.valueOf((int) value) : Long.valueOf(value);
    }
}
