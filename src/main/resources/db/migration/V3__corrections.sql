-- Editorial corrections, kept as such: they survive re-ingestion of the article and apply to new articles.
CREATE SEQUENCE correction_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE correction (
    id               BIGINT PRIMARY KEY,
    kind             VARCHAR(30) NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    -- MERGE_PEOPLE: person_id kept, other_person_id merged into it; ADD_ALIAS: person_id and alias
    person_id        BIGINT,
    other_person_id  BIGINT,
    alias            VARCHAR(500),
    -- REASSIGN_QUOTE: the quote is found again by its article and its text when the article is re-ingested
    article_id       BIGINT REFERENCES article (id) ON DELETE CASCADE,
    quote_text_key   VARCHAR(100000),
    speaker_id       BIGINT REFERENCES person (id) ON DELETE SET NULL,
    event_id         BIGINT REFERENCES event (id) ON DELETE SET NULL,
    clear_event      BOOLEAN DEFAULT FALSE NOT NULL,
    note             VARCHAR(2000)
);
CREATE INDEX correction_article_idx ON correction (article_id);
CREATE INDEX correction_person_idx ON correction (person_id);
