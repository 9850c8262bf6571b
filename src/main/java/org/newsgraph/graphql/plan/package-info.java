/**
 * Planned execution of read queries. A query document is parsed, validated against the served schema and checked
 * against the request limits once; the result, a plan, is cached by its text. Each request then runs the plan: the
 * same resolvers SmallRye would call (root operations, batched {@code @Source} fields, record properties), one call
 * per field for all the objects of a level, and writes the JSON answer directly. What a plan cannot serve (mutations,
 * subscriptions, introspection, invalid or oversized documents, bad arguments, any error) goes on to SmallRye, so
 * errors and everything else keep their one implementation.
 */
package org.newsgraph.graphql.plan;
