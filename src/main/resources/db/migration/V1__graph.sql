-- The news graph. Portable SQL: runs on H2 2.x and PostgreSQL 13+.
-- Sequences step by 50 to match Hibernate's pooled id allocation.
CREATE SEQUENCE outlet_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE article_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE person_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE person_alias_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE event_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE event_claim_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE quote_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE outlet (
    id        BIGINT PRIMARY KEY,
    name      VARCHAR(300) NOT NULL,
    country   VARCHAR(100),
    language  VARCHAR(20),
    CONSTRAINT outlet_name_uk UNIQUE (name)
);

CREATE TABLE article (
    id            BIGINT PRIMARY KEY,
    url           VARCHAR(2048) NOT NULL,
    outlet_id     BIGINT NOT NULL REFERENCES outlet (id),
    title         VARCHAR(4000),
    published_at  TIMESTAMP WITH TIME ZONE,
    -- published_at as epoch seconds, the lowest value when unknown: a non-null key for keyset pagination
    sort_time     BIGINT NOT NULL,
    language      VARCHAR(20) NOT NULL,
    content_hash  VARCHAR(64) NOT NULL,
    ingested_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT article_url_uk UNIQUE (url)
);
CREATE INDEX article_outlet_idx ON article (outlet_id, sort_time, id);
CREATE INDEX article_sort_idx ON article (sort_time, id);

-- Bodies live apart so that list queries over articles read small rows.
CREATE TABLE article_text (
    article_id  BIGINT PRIMARY KEY REFERENCES article (id) ON DELETE CASCADE,
    raw_body    VARCHAR(1048576) NOT NULL,
    body        VARCHAR(1048576) NOT NULL
);

CREATE TABLE person (
    id           BIGINT PRIMARY KEY,
    name         VARCHAR(500) NOT NULL,
    name_key     VARCHAR(500) NOT NULL,
    role         VARCHAR(500),
    role_source  VARCHAR(2000),
    kind         VARCHAR(20) NOT NULL
);
CREATE INDEX person_name_key_idx ON person (name_key, id);

CREATE TABLE person_alias (
    id         BIGINT PRIMARY KEY,
    person_id  BIGINT NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    alias      VARCHAR(500) NOT NULL,
    alias_key  VARCHAR(500) NOT NULL,
    -- true when an editor added it: kept when articles are re-ingested
    editorial  BOOLEAN DEFAULT FALSE NOT NULL,
    CONSTRAINT person_alias_uk UNIQUE (person_id, alias)
);
CREATE INDEX person_alias_key_idx ON person_alias (alias_key);

-- Normalised name tokens: the candidates for matching a new name are the people sharing a token with it.
CREATE TABLE person_token (
    token      VARCHAR(200) NOT NULL,
    person_id  BIGINT NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    PRIMARY KEY (token, person_id)
);
CREATE INDEX person_token_person_idx ON person_token (person_id);

CREATE TABLE event (
    id          BIGINT PRIMARY KEY,
    kind        VARCHAR(30) NOT NULL,
    title       VARCHAR(1000) NOT NULL,
    starts_on   DATE,
    ends_on     DATE,
    -- starts_on as epoch day, the lowest value when unknown: a non-null key for keyset pagination
    sort_day    INTEGER NOT NULL,
    location    VARCHAR(300),
    confidence  DOUBLE PRECISION DEFAULT 1 NOT NULL
);
CREATE INDEX event_sort_idx ON event (sort_day, id);
CREATE INDEX event_kind_sort_idx ON event (kind, sort_day, id);

CREATE TABLE event_participant (
    event_id   BIGINT NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    person_id  BIGINT NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    PRIMARY KEY (event_id, person_id)
);
CREATE INDEX event_participant_person_idx ON event_participant (person_id, event_id);

-- One mention per article that reports the event: the first span naming it.
CREATE TABLE event_mention (
    event_id      BIGINT NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    article_id    BIGINT NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    span          VARCHAR(4000),
    start_offset  INTEGER,
    end_offset    INTEGER,
    PRIMARY KEY (event_id, article_id)
);
CREATE INDEX event_mention_article_idx ON event_mention (article_id, event_id);

-- A fact about an event as one article states it (duration, date, who requested it ...).
CREATE TABLE event_claim (
    id            BIGINT PRIMARY KEY,
    event_id      BIGINT NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    article_id    BIGINT NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    attribute     VARCHAR(100) NOT NULL,
    claim_value   VARCHAR(1000) NOT NULL,
    span          VARCHAR(4000) NOT NULL,
    start_offset  INTEGER NOT NULL,
    end_offset    INTEGER NOT NULL
);
CREATE INDEX event_claim_event_idx ON event_claim (event_id, attribute);
CREATE INDEX event_claim_article_idx ON event_claim (article_id);

CREATE TABLE quote (
    id                  BIGINT PRIMARY KEY,
    article_id          BIGINT NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    speaker_id          BIGINT REFERENCES person (id),
    event_id            BIGINT REFERENCES event (id),
    text                VARCHAR(100000) NOT NULL,
    text_key            VARCHAR(100000) NOT NULL,
    kind                VARCHAR(10) NOT NULL,
    cue                 VARCHAR(200),
    position            INTEGER NOT NULL,
    start_offset        INTEGER,
    end_offset          INTEGER,
    -- the article's sort_time, copied so that a speaker's quotes are read newest first from one index
    sort_time           BIGINT NOT NULL,
    confidence          DOUBLE PRECISION DEFAULT 1 NOT NULL,
    rule                VARCHAR(100),
    speaker_span        VARCHAR(1000),
    speaker_confidence  DOUBLE PRECISION,
    speaker_rule        VARCHAR(100),
    event_confidence    DOUBLE PRECISION,
    event_rule          VARCHAR(100)
);
CREATE INDEX quote_article_idx ON quote (article_id, position);
CREATE INDEX quote_event_idx ON quote (event_id, id);
CREATE INDEX quote_speaker_idx ON quote (speaker_id, sort_time DESC, id);
CREATE INDEX quote_sort_idx ON quote (sort_time DESC, id);
