package org.newsgraph.graphql.plan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.newsgraph.graphql.readahead.ReadAhead;

import com.fasterxml.jackson.core.JsonGenerator;
import graphql.execution.CoercedVariables;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLType;

/**
 * One run of a plan. First every resolver is called, level by level: a root operation once, a batched field once
 * for all the objects of its level (as SmallRye's data loaders would), with the read-ahead and the selection below
 * the field bound to the thread for the resolver. Then the answer is written straight from the values, in the
 * order of the selection.
 */
final class PlanExecution {
    private final QueryPlan plan;
    private final CoercedVariables variables;
    private final long deadline;
    private final ReadAhead readAhead = new ReadAhead();
    /** The value of each batched field for each object it was resolved on. */
    private final Map<PlannedField, IdentityHashMap<Object, Object>> resolved = new HashMap<>();

    PlanExecution(QueryPlan plan, CoercedVariables variables, long deadline) {
        this.plan = plan;
        this.variables = variables;
        this.deadline = deadline;
    }

    void resolve() {
        for (PlannedField root : plan.roots()) {
            if (root.included(variables)) {
                Object value = root.resolver instanceof FieldResolver.Operation operation ? call(operation, root, null)
                        : ((FieldResolver.TypeName) root.resolver).name();
                IdentityHashMap<Object, Object> values = new IdentityHashMap<>(1);
                values.put(this, value);
                resolved.put(root, values);
                resolveBelow(root, List.of(value == null ? List.of() : value));
            }
        }
    }

    void write(JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeFieldName("data");
        json.writeStartObject();
        for (PlannedField root : plan.roots()) {
            if (root.included(variables)) {
                json.writeFieldName(root.responseKey);
                writeValue(json, root, root.type, resolved.get(root).get(this));
            }
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    /** Resolves the fields below {@code field}, given its values (objects, lists of them, nulls) at this level. */
    private void resolveBelow(PlannedField field, List<?> values) {
        if (field.children.isEmpty()) {
            return;
        }
        List<Object> objects = objects(values);
        if (objects.isEmpty()) {
            return;
        }
        for (PlannedField child : field.children) {
            if (!child.included(variables)) {
                continue;
            }
            if (child.resolver instanceof FieldResolver.Operation operation) {
                List<?> results = (List<?>) call(operation, child, objects);
                if (results == null || results.size() != objects.size()) {
                    throw new NotPlannable("batch of " + child.name + " answered " + (results == null ? "null" : results.size()));
                }
                IdentityHashMap<Object, Object> byObject = new IdentityHashMap<>(objects.size() * 2);
                for (int i = 0; i < objects.size(); i++) {
                    byObject.put(objects.get(i), results.get(i));
                }
                resolved.put(child, byObject);
                resolveBelow(child, results);
            } else if (child.resolver instanceof FieldResolver.Property property && !child.children.isEmpty()) {
                List<Object> below = new ArrayList<>(objects.size());
                for (Object object : objects) {
                    below.add(property.get(object));
                }
                resolveBelow(child, below);
            }
        }
    }

    private Object call(FieldResolver.Operation operation, PlannedField field, List<Object> sources) {
        if (System.nanoTime() - deadline > 0) {
            throw new NotPlannable("over the time budget of planned execution");
        }
        ReadAhead.bind(readAhead, field::selects);
        try {
            return operation.call(sources, field.argumentValues(variables));
        } finally {
            ReadAhead.unbind();
        }
    }

    /** The distinct objects among values that are objects, lists of objects (at any depth) or nulls. */
    private static List<Object> objects(Collection<?> values) {
        IdentityHashMap<Object, Boolean> seen = new IdentityHashMap<>();
        List<Object> out = new ArrayList<>();
        collect(values, seen, out);
        return out;
    }

    private static void collect(Collection<?> values, IdentityHashMap<Object, Boolean> seen, List<Object> out) {
        for (Object value : values) {
            if (value instanceof Collection<?> list) {
                collect(list, seen, out);
            } else if (value != null && seen.put(value, Boolean.TRUE) == null) {
                out.add(value);
            }
        }
    }

    private Object valueOf(PlannedField field, Object source) {
        FieldResolver resolver = field.resolver;
        if (resolver instanceof FieldResolver.Property property) {
            return property.get(source);
        }
        if (resolver instanceof FieldResolver.TypeName typeName) {
            return typeName.name();
        }
        return resolved.get(field).get(source);
    }

    private void writeValue(JsonGenerator json, PlannedField field, GraphQLType type, Object value) throws IOException {
        if (type instanceof GraphQLNonNull nonNull) {
            if (value == null) {
                throw new NotPlannable("null for the non-null " + field.name);
            }
            type = nonNull.getWrappedType();
        }
        if (value == null) {
            json.writeNull();
        } else if (type instanceof GraphQLList list) {
            json.writeStartArray();
            for (Object item : (Collection<?>) value) {
                writeValue(json, field, list.getWrappedType(), item);
            }
            json.writeEndArray();
        } else if (field.leaf == null) {
            json.writeStartObject();
            for (PlannedField child : field.children) {
                if (child.included(variables)) {
                    json.writeFieldName(child.responseKey);
                    writeValue(json, child, child.type, valueOf(child, value));
                }
            }
            json.writeEndObject();
        } else {
            writeLeaf(json, field.leaf, value);
        }
    }

    private static void writeLeaf(JsonGenerator json, PlannedField.Leaf leaf, Object value) throws IOException {
        switch (leaf) {
            case ID -> json.writeString(value.toString());
            case STRING -> writeString(json, (String) value);
            case INT -> json.writeNumber(((Number) value).intValue());
            case FLOAT -> json.writeNumber(((Number) value).doubleValue());
            case BOOLEAN -> json.writeBoolean((Boolean) value);
            case ENUM -> json.writeString(((Enum<?>) value).name());
            case DATE -> json.writeString(DateTimeFormatter.ISO_LOCAL_DATE.format((LocalDate) value));
            case DATE_TIME -> json.writeString(IsoDateTime.format((OffsetDateTime) value));
        }
    }

    /**
     * Most text is Arabic: encoded to UTF-8 by the JDK's string encoder and written as it is when nothing in it needs
     * escaping (quotes, backslashes, control characters: bytes below 0x80 in UTF-8), which is much faster than
     * encoding character by character.
     */
    private static void writeString(JsonGenerator json, String value) throws IOException {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        for (byte b : utf8) {
            if (b == '"' || b == '\\' || (b >= 0 && b < 0x20)) {
                json.writeString(value);
                return;
            }
        }
        json.writeRawUTF8String(utf8, 0, utf8.length);
    }
}
