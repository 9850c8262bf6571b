-- The Latin spelling of a person's name and of an event's title, when known (graph import/export keeps both forms;
-- the service itself is Arabic-first and uses name/title). Portable SQL: H2 2.x and PostgreSQL 13+.
ALTER TABLE person ADD COLUMN name_en VARCHAR(500);
ALTER TABLE event ADD COLUMN title_en VARCHAR(1000);
