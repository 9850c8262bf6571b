package org.newsgraph.graphql.plan;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

import org.jboss.logging.Logger;

import io.quarkus.arc.Arc;
import io.quarkus.security.Authenticated;
import io.smallrye.graphql.schema.model.Argument;
import io.smallrye.graphql.schema.model.Field;
import io.smallrye.graphql.schema.model.Operation;
import io.smallrye.graphql.schema.model.Schema;
import io.smallrye.graphql.schema.model.Type;

/**
 * The resolver of every field a plan can serve, read from SmallRye's schema model: which record component, getter,
 * root operation or batched source method answers each field of each type. A field missing here (a non-batched
 * source method, a parameter type a plan cannot convert, an operation guarded by a role annotation) makes any query
 * that selects it go to SmallRye.
 */
final class ResolverCatalog {
    static final String QUERY = "Query";
    private static final Logger LOG = Logger.getLogger(ResolverCatalog.class);

    private final Map<String, Map<String, FieldResolver>> byType = new HashMap<>();

    ResolverCatalog(Schema schema) {
        Map<String, FieldResolver> roots = new HashMap<>();
        for (Operation query : schema.getQueries()) {
            put(roots, query.getName(), operation(query));
        }
        byType.put(QUERY, roots);
        for (Type type : schema.getTypes().values()) {
            Map<String, FieldResolver> fields = new HashMap<>();
            Class<?> owner = load(type.getClassName());
            for (Field field : type.getFields().values()) {
                put(fields, field.getName(), property(owner, field));
            }
            for (Operation batch : type.getBatchOperations().values()) {
                put(fields, batch.getName(), operation(batch));
            }
            byType.put(type.getName(), fields);
        }
    }

    /** The resolver of a field, or null when plans do not serve it. */
    FieldResolver resolver(String typeName, String fieldName) {
        Map<String, FieldResolver> fields = byType.get(typeName);
        return fields == null ? null : fields.get(fieldName);
    }

    private static void put(Map<String, FieldResolver> fields, String name, FieldResolver resolver) {
        if (resolver != null) {
            fields.put(name, resolver);
        } else {
            LOG.debugf("field %s is left to SmallRye's execution", name);
        }
    }

    private static FieldResolver property(Class<?> owner, Field field) {
        String name = field.getMethodName() != null ? field.getMethodName() : field.getPropertyName();
        try {
            Method getter = owner.getMethod(name);
            if (Modifier.isStatic(getter.getModifiers())) {
                return null;
            }
            getter.setAccessible(true);
            return new FieldResolver.Property(getter);
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    private static FieldResolver operation(Operation operation) {
        Class<?> owner = load(operation.getClassName());
        Method method = method(owner, operation.getMethodName(), operation.getArguments().size());
        if (method == null || guarded(method)) {
            return null;
        }
        List<ArgumentBinding> arguments = new ArrayList<>();
        int sourceIndex = -1;
        Class<?>[] types = method.getParameterTypes();
        for (int i = 0; i < types.length; i++) {
            Argument argument = operation.getArguments().get(i);
            if (argument.isSourceArgument()) {
                if (types[i] != List.class) {
                    return null;
                }
                sourceIndex = i;
                arguments.add(null);
            } else {
                ArgumentBinding binding = ArgumentBinding.of(argument.getName(), types[i]);
                if (binding.toJava() == null) {
                    return null;
                }
                arguments.add(binding);
            }
        }
        if (operation.isSourceField() && sourceIndex < 0) {
            return null;
        }
        method.setAccessible(true);
        return new FieldResolver.Operation(Arc.container().instance(owner).get(), method, sourceIndex, arguments);
    }

    /** Access rules are checked by SmallRye's execution (GraphQLAccessCheck): a plan never calls a guarded method. */
    private static boolean guarded(Method method) {
        for (Class<? extends java.lang.annotation.Annotation> guard : List.of(RolesAllowed.class, Authenticated.class,
                DenyAll.class, PermitAll.class)) {
            if (method.isAnnotationPresent(guard) || method.getDeclaringClass().isAnnotationPresent(guard)) {
                return true;
            }
        }
        return false;
    }

    private static Method method(Class<?> owner, String name, int parameters) {
        for (Method method : owner.getMethods()) {
            if (method.getName().equals(name) && method.getParameterCount() == parameters) {
                return method;
            }
        }
        return null;
    }

    private static Class<?> load(String className) {
        try {
            return Class.forName(className, false, Thread.currentThread().getContextClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("SmallRye's schema names a class that is not there: " + className, e);
        }
    }
}
