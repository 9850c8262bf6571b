package org.newsgraph.graphql.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

import org.newsgraph.security.StrictIds;

/**
 * One GraphQL argument of a resolver method: its name and the conversion of graphql-java's coerced value to the
 * Java type of the parameter, as SmallRye converts it (an ID to a Long, a Date to a LocalDate, an enum by name).
 */
record ArgumentBinding(String name, Function<Object, Object> toJava) {

    static ArgumentBinding of(String name, Class<?> javaType) {
        return new ArgumentBinding(name, converter(javaType));
    }

    Object convert(Object coerced) {
        return coerced == null ? null : toJava.apply(coerced);
    }

    /** The converter to a parameter type, or null when a plan cannot call a method with such a parameter. */
    static Function<Object, Object> converter(Class<?> type) {
        if (type == String.class) {
            return value -> value instanceof String ? value : refuse(value, type);
        }
        if (type == Long.class || type == long.class) {
            return ArgumentBinding::toLong;
        }
        if (type == Integer.class || type == int.class) {
            return ArgumentBinding::toInteger;
        }
        if (type == Double.class || type == double.class) {
            return value -> value instanceof Number number ? number.doubleValue() : refuse(value, type);
        }
        if (type == Boolean.class || type == boolean.class) {
            return value -> value instanceof Boolean ? value : refuse(value, type);
        }
        if (type == LocalDate.class) {
            return ArgumentBinding::toDate;
        }
        if (type.isEnum()) {
            return value -> toEnum(type, value);
        }
        return null;
    }

    /** SmallRye declares default values of Int arguments as decimals: any whole number in range will do. */
    private static Object toInteger(Object value) {
        if (value instanceof Integer) {
            return value;
        }
        if (value instanceof Number number) {
            try {
                return new BigDecimal(number.toString()).intValueExact();
            } catch (ArithmeticException | NumberFormatException e) {
                throw new NotPlannable(e);
            }
        }
        return refuse(value, Integer.class);
    }

    /** An ID as a Long, when it is a plain decimal number: anything else gets SmallRye's refusal (StrictIds). */
    private static Object toLong(Object value) {
        String text = value.toString();
        if (!StrictIds.isId(text)) {
            throw new NotPlannable("not an id: " + text);
        }
        return Long.valueOf(text);
    }

    private static Object toDate(Object value) {
        if (value instanceof LocalDate) {
            return value;
        }
        try {
            return LocalDate.parse(value.toString());
        } catch (DateTimeParseException e) {
            throw new NotPlannable(e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object toEnum(Class<?> type, Object value) {
        if (type.isInstance(value)) {
            return value;
        }
        try {
            return Enum.valueOf((Class<? extends Enum>) type, value.toString());
        } catch (IllegalArgumentException e) {
            throw new NotPlannable(e);
        }
    }

    private static Object refuse(Object value, Class<?> type) {
        throw new NotPlannable("argument value " + value.getClass().getSimpleName() + " for a " + type.getSimpleName());
    }
}
