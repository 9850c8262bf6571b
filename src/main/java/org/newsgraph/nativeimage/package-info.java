/**
 * What the native image needs beyond what Quarkus finds by itself (see the README, "Native image"). The GraphQL
 * types are registered by SmallRye GraphQL, the entities by Hibernate ORM, the migrations by Flyway; the extraction
 * pipeline reads no resource files (its lexicons are compiled in).
 */
package org.newsgraph.nativeimage;
