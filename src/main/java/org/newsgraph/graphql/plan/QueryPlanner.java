package org.newsgraph.graphql.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.newsgraph.common.RequestLimitException;
import org.newsgraph.security.QueryLimitsConfig;
import org.newsgraph.security.QueryShapeLimits;

import graphql.language.Argument;
import graphql.language.ArrayValue;
import graphql.language.BooleanValue;
import graphql.language.Directive;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.NodeUtil;
import graphql.language.ObjectValue;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.parser.exceptions.ParseCancelledException;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.validation.Validator;
import io.smallrye.graphql.schema.model.Schema;

/**
 * Turns a query document into a plan, once per document text: parse with the request token limit, validate against
 * the served schema, keep to the shape limits (operations, aliases, depth, complexity: counted here without
 * {@code @skip}/{@code @include}, so never below what SmallRye would count), then map every selected field to its
 * resolver. A document that fails any step, or selects anything a plan cannot serve, is remembered as such and goes
 * to SmallRye, which answers it (with its errors where it is wrong).
 */
@ApplicationScoped
public class QueryPlanner {
    /** Distinct documents remembered; clients send a handful, a flood of distinct ones only costs re-planning. */
    private static final int CACHE_SIZE = 2_000;
    private static final String TOKEN_LIMIT = "quarkus.smallrye-graphql.parser-max-tokens";

    @Inject
    Instance<GraphQLSchema> graphQLSchema;
    @Inject
    Instance<Schema> model;
    @Inject
    QueryLimitsConfig limits;
    @ConfigProperty(name = TOKEN_LIMIT)
    int maxTokens;

    private final Map<Key, Optional<QueryPlan>> plans = new ConcurrentHashMap<>();
    private volatile ResolverCatalog catalog;

    private record Key(String query, String operationName) {
    }

    /**
     * The plan of an operation of a document, or empty when SmallRye must run it.
     *
     * @throws RequestLimitException for a document over the token limit, which SmallRye would refuse without naming it
     */
    public Optional<QueryPlan> plan(String query, String operationName) {
        Key key = new Key(query, operationName);
        Optional<QueryPlan> plan = plans.get(key);
        if (plan == null) {
            if (plans.size() >= CACHE_SIZE) {
                plans.clear();
            }
            plan = Optional.ofNullable(build(query, operationName));
            plans.put(key, plan);
        }
        return plan;
    }

    GraphQLSchema schema() {
        return graphQLSchema.get();
    }

    private QueryPlan build(String query, String operationName) {
        GraphQLSchema schema = schema();
        Document document;
        try {
            ParserOptions options = ParserOptions.getDefaultOperationParserOptions().transform(o -> o.maxTokens(maxTokens));
            document = new Parser().parseDocument(ParserEnvironment.newParserEnvironment().document(query)
                    .parserOptions(options).build());
        } catch (ParseCancelledException e) {
            throw new RequestLimitException(QueryShapeLimits.CODE, TOKEN_LIMIT,
                    "the request has more than " + maxTokens + " tokens; the limit is " + maxTokens);
        } catch (RuntimeException e) {
            return null;
        }
        if (!new Validator().validateDocument(schema, document, Locale.ROOT).isEmpty()
                || QueryShapeLimits.exceeded(document, limits) != null) {
            return null;
        }
        OperationDefinition operation = operation(document, operationName);
        if (operation == null || operation.getOperation() != OperationDefinition.Operation.QUERY
                || !operation.getDirectives().isEmpty()) {
            return null;
        }
        try {
            Shape shape = new Shape();
            List<PlannedField> roots = fields(schema.getQueryType(), List.of(operation.getSelectionSet()),
                    NodeUtil.getFragmentsByName(document), 1, shape);
            if (shape.depth > limits.maxDepth() || shape.fields > limits.maxComplexity()) {
                return null;
            }
            return new QueryPlan(operation.getVariableDefinitions(), roots);
        } catch (NotPlannable e) {
            return null;
        }
    }

    private static OperationDefinition operation(Document document, String operationName) {
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
        if (operationName == null || operationName.isEmpty()) {
            return operations.size() == 1 ? operations.get(0) : null;
        }
        return operations.stream().filter(o -> operationName.equals(o.getName())).findFirst().orElse(null);
    }

    /** Depth and number of fields of the document, every fragment spread counted where it is spread. */
    private static final class Shape {
        int depth;
        int fields;
    }

    private List<PlannedField> fields(GraphQLObjectType type, List<SelectionSet> selections,
            Map<String, FragmentDefinition> fragments, int depth, Shape shape) {
        Map<String, List<Field>> byKey = new LinkedHashMap<>();
        for (SelectionSet set : selections) {
            collect(type, set, fragments, byKey);
        }
        List<PlannedField> out = new ArrayList<>(byKey.size());
        for (List<Field> merged : byKey.values()) {
            shape.fields += merged.size();
            shape.depth = Math.max(shape.depth, depth);
            out.add(field(type, merged, fragments, depth, shape));
        }
        return out;
    }

    /** Fields by response key, fragments on this type inlined (the schema has object types only). */
    private static void collect(GraphQLObjectType type, SelectionSet set, Map<String, FragmentDefinition> fragments,
            Map<String, List<Field>> byKey) {
        for (Selection<?> selection : set.getSelections()) {
            if (selection instanceof Field field) {
                byKey.computeIfAbsent(field.getResultKey(), k -> new ArrayList<>()).add(field);
            } else if (selection instanceof FragmentSpread spread) {
                FragmentDefinition fragment = fragments.get(spread.getName());
                if (!spread.getDirectives().isEmpty() || fragment == null
                        || !fragment.getTypeCondition().getName().equals(type.getName())) {
                    throw new NotPlannable("fragment " + spread.getName());
                }
                collect(type, fragment.getSelectionSet(), fragments, byKey);
            } else if (selection instanceof InlineFragment inline) {
                if (!inline.getDirectives().isEmpty() || (inline.getTypeCondition() != null
                        && !inline.getTypeCondition().getName().equals(type.getName()))) {
                    throw new NotPlannable("inline fragment");
                }
                collect(type, inline.getSelectionSet(), fragments, byKey);
            }
        }
    }

    private PlannedField field(GraphQLObjectType parent, List<Field> merged, Map<String, FragmentDefinition> fragments,
            int depth, Shape shape) {
        Field first = merged.get(0);
        String name = first.getName();
        PlannedField.Condition condition = condition(merged);
        if (name.equals("__typename")) {
            return new PlannedField(first.getResultKey(), name, new FieldResolver.TypeName(parent.getName()), null,
                    List.of(), true, GraphQLNonNull.nonNull(graphql.Scalars.GraphQLString), PlannedField.Leaf.STRING,
                    List.of(), condition);
        }
        GraphQLFieldDefinition definition = parent.getFieldDefinition(name);
        FieldResolver resolver = catalog().resolver(parent.getName(), name);
        if (definition == null || resolver == null || !fits(resolver, parent, first)) {
            throw new NotPlannable("field " + parent.getName() + "." + name);
        }
        GraphQLOutputType type = definition.getType();
        GraphQLType named = GraphQLTypeUtil.unwrapAll(type);
        List<PlannedField> children = List.of();
        PlannedField.Leaf leaf = null;
        if (named instanceof GraphQLObjectType object) {
            List<SelectionSet> below = new ArrayList<>();
            for (Field field : merged) {
                below.add(field.getSelectionSet());
            }
            children = fields(object, below, fragments, depth + 1, shape);
        } else if (named instanceof GraphQLEnumType) {
            leaf = PlannedField.Leaf.ENUM;
        } else if (named instanceof GraphQLScalarType scalar) {
            leaf = leaf(scalar.getName());
        } else {
            throw new NotPlannable("type " + named);
        }
        return new PlannedField(first.getResultKey(), name, resolver, definition, first.getArguments(),
                !hasVariables(first.getArguments()), type, leaf, children, condition);
    }

    /** Root operations answer root fields, properties and batched operations the fields of objects. */
    private static boolean fits(FieldResolver resolver, GraphQLObjectType parent, Field field) {
        boolean root = parent.getName().equals(ResolverCatalog.QUERY);
        if (resolver instanceof FieldResolver.Operation operation) {
            return operation.batched() != root;
        }
        return !root && field.getArguments().isEmpty();
    }

    private static PlannedField.Leaf leaf(String scalar) {
        return switch (scalar) {
            case "ID" -> PlannedField.Leaf.ID;
            case "String" -> PlannedField.Leaf.STRING;
            case "Int" -> PlannedField.Leaf.INT;
            case "Float" -> PlannedField.Leaf.FLOAT;
            case "Boolean" -> PlannedField.Leaf.BOOLEAN;
            case "Date" -> PlannedField.Leaf.DATE;
            case "DateTime" -> PlannedField.Leaf.DATE_TIME;
            default -> throw new NotPlannable("scalar " + scalar);
        };
    }

    /** The one {@code @include}/{@code @skip} of a field selected once, or null; anything else is not planned. */
    private static PlannedField.Condition condition(List<Field> merged) {
        List<Directive> directives = merged.get(0).getDirectives();
        for (Field field : merged) {
            if (!field.getDirectives().isEmpty() && merged.size() > 1) {
                throw new NotPlannable("directives on a merged field");
            }
        }
        if (directives.isEmpty()) {
            return null;
        }
        Directive directive = directives.get(0);
        boolean include = directive.getName().equals("include");
        if (directives.size() > 1 || !(include || directive.getName().equals("skip"))) {
            throw new NotPlannable("directive " + directive.getName());
        }
        Value<?> test = directive.getArgument("if").getValue();
        if (test instanceof BooleanValue literal) {
            return new PlannedField.Condition(include, literal.isValue(), null);
        }
        return new PlannedField.Condition(include, null, ((VariableReference) test).getName());
    }

    private static boolean hasVariables(List<Argument> arguments) {
        return arguments.stream().anyMatch(argument -> hasVariable(argument.getValue()));
    }

    private static boolean hasVariable(Value<?> value) {
        if (value instanceof VariableReference) {
            return true;
        }
        if (value instanceof ArrayValue array) {
            return array.getValues().stream().anyMatch(QueryPlanner::hasVariable);
        }
        if (value instanceof ObjectValue object) {
            return object.getObjectFields().stream().anyMatch(field -> hasVariable(field.getValue()));
        }
        return false;
    }

    private ResolverCatalog catalog() {
        ResolverCatalog built = catalog;
        if (built == null) {
            built = new ResolverCatalog(model.get());
            catalog = built;
        }
        return built;
    }
}
