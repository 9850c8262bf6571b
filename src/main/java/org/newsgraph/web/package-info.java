/**
 * The journalist's workbench: server-rendered pages (Qute) over the graph, Arabic first, with CSV exports, live
 * updates of an event page and editor forms. Pages are thin: their data comes from the same reads as the GraphQL API
 * ({@code EventQueries}, {@code QuoteQueries} ...), assembled by the {@code *Reads} services into page records.
 */
package org.newsgraph.web;
