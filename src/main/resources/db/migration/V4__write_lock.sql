-- Every write to the graph (an article's ingestion, a graph import) first locks this one row, for the length of its
-- transaction (SELECT ... FOR UPDATE): people and events are matched by similarity, which no unique key can
-- express, so writers on one database, from one service instance or several, take turns. Portable SQL: H2 2.x and
-- PostgreSQL 13+.
CREATE TABLE graph_write_lock (
    id  INTEGER PRIMARY KEY
);
INSERT INTO graph_write_lock (id) VALUES (1);

-- What a key can express, the schema enforces: an article's quotes are numbered once (the url, the outlet name, a
-- person's aliases and tokens, the participants and mentions of an event already are unique keys).
DROP INDEX quote_article_idx;
CREATE UNIQUE INDEX quote_article_position_uk ON quote (article_id, position);
