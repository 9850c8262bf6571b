package org.newsgraph.graphql.plan;

import java.util.List;

import graphql.language.VariableDefinition;

/** A query document as a plan: the variables it declares and the root fields it selects. */
public record QueryPlan(List<VariableDefinition> variables, List<PlannedField> roots) {
}
