-- The edition a gathering's reports named ("القمة العربية الـ28" as "summit|عربيه|28", EventEditions), which the
-- event matcher compares: the same edition is one event, another edition of the same gathering another event.
-- edition_of is the gathering without its ordinal ("summit|عربيه|"): an article naming an edition looks up the events
-- stored with any edition of that gathering. Null for events stored before this migration and for those no report
-- named an edition of. Portable SQL: H2 2.x and PostgreSQL 13+.
ALTER TABLE event ADD COLUMN edition VARCHAR(300);
ALTER TABLE event ADD COLUMN edition_of VARCHAR(300);
CREATE INDEX event_edition_of_idx ON event (edition_of);
