-- Why each article's report of an event was merged with an event already stored, or kept apart from the nearest one
-- (EventMatcher's rule: same-kind-date-participants, days-apart, no-candidate ...), so a reader can check the merge.
-- compared_event_id is that nearest event when the report was kept apart (null when merged or nothing was near).
-- Reports stored before this migration have neither. Portable SQL: H2 2.x and PostgreSQL 13+.
ALTER TABLE event_mention ADD COLUMN merge_rule VARCHAR(100);
ALTER TABLE event_mention ADD COLUMN compared_event_id BIGINT REFERENCES event (id) ON DELETE SET NULL;
-- deleting an event (its last article re-ingested without it) looks up the reports compared with it
CREATE INDEX event_mention_compared_idx ON event_mention (compared_event_id);
