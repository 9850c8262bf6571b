package org.newsgraph.graphql.plan;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;

/** How a plan obtains the value of one field: the same Java member SmallRye would call for it. */
sealed interface FieldResolver {

    /** A property of the object itself: a record component or a getter. */
    record Property(Method getter) implements FieldResolver {
        Object get(Object source) {
            return invoke(getter, source);
        }
    }

    /**
     * An operation: a root query method, or a batched {@code @Source List<...>} method that answers for all the objects
     * of a level in one call (the source list goes in at {@code sourceIndex}, -1 for a root operation).
     */
    record Operation(Object bean, Method method, int sourceIndex, List<ArgumentBinding> arguments) implements FieldResolver {
        Object call(List<?> sources, Map<String, Object> coercedArguments) {
            Object[] values = new Object[arguments.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = i == sourceIndex ? sources : arguments.get(i).convert(coercedArguments.get(arguments.get(i).name()));
            }
            return invoke(method, bean, values);
        }

        boolean batched() {
            return sourceIndex >= 0;
        }
    }

    /** {@code __typename}. */
    record TypeName(String name) implements FieldResolver {
    }

    private static Object invoke(Method method, Object target, Object... arguments) {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            throw new NotPlannable(e.getCause());
        } catch (IllegalAccessException e) {
            throw new NotPlannable(e);
        }
    }
}
