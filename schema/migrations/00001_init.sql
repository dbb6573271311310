-- Analysts' database of meetx: one row per fetched page and per extracted
-- report, with the people, offices, cited documents and agenda of each
-- report in their own tables. Written only by pipeline/pgstore.

-- +goose Up
CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public;
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;

-- meetx_fold is lower(unaccent(s)), declared IMMUTABLE so that trigram
-- indexes can be built on it: "Nguyễn Văn Đức" and "nguyen van duc" fold to
-- the same text. The dictionary is named explicitly so that the result does
-- not depend on search_path.
-- +goose StatementBegin
CREATE FUNCTION meetx_fold(text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$;
-- +goose StatementEnd

-- meetx_version_key turns "1.10.2" into {1,10,2} so that extractor versions
-- compare numerically (a newer extractor's report replaces an older one's).
-- +goose StatementBegin
CREATE FUNCTION meetx_version_key(text) RETURNS numeric[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
    SELECT coalesce(array_agg(coalesce(nullif(regexp_replace(part, '\D', '', 'g'), '')::numeric, 0) ORDER BY n), '{}')
    FROM unnest(string_to_array($1, '.')) WITH ORDINALITY AS t(part, n)
$$;
-- +goose StatementEnd

CREATE TABLE sources (
    name       text PRIMARY KEY,
    first_seen timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE pages (
    url          text PRIMARY KEY,
    source       text NOT NULL REFERENCES sources (name),
    final_url    text,
    status       integer,
    content_type text,
    content_hash text NOT NULL,
    size_bytes   bigint NOT NULL,
    body_ref     text,
    headers      jsonb NOT NULL DEFAULT '{}',
    fetched_at   timestamptz,
    stored_at    timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE reports (
    id                bigserial PRIMARY KEY,
    url               text NOT NULL UNIQUE REFERENCES pages (url),
    source            text NOT NULL REFERENCES sources (name),
    content_hash      text NOT NULL,
    extractor_version text NOT NULL,
    fetched_at        timestamptz,
    title             text NOT NULL,
    published_at      timestamptz,
    published_date    date,
    meeting_type      text,
    meeting_title     text,
    meeting_date      date,
    meeting_end_date  date,
    part_of_day       text,
    location          text,
    online            boolean NOT NULL DEFAULT false,
    organizer         text,
    authors           text[] NOT NULL DEFAULT '{}',
    photographers     text[] NOT NULL DEFAULT '{}',
    body_text         text,
    document          jsonb NOT NULL,
    stored_at         timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX reports_organizer_date ON reports (organizer, meeting_date);
CREATE INDEX reports_meeting_date ON reports (meeting_date);
-- One trigram index over title and organizer together (search_reports):
-- each trigram index costs every insert, so there is one per table.
CREATE INDEX reports_search_trgm ON reports USING gin (meetx_fold(title || ' ' || coalesce(organizer, '')) gin_trgm_ops);

CREATE TABLE people (
    id         bigserial PRIMARY KEY,
    name_key   text NOT NULL UNIQUE,
    name       text NOT NULL,
    first_seen timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX people_name_trgm ON people USING gin (meetx_fold(name) gin_trgm_ops);

CREATE TABLE person_mentions (
    report_id     bigint NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    person_id     bigint NOT NULL REFERENCES people (id),
    name          text NOT NULL,
    honorifics    text[] NOT NULL DEFAULT '{}',
    roles         text[] NOT NULL DEFAULT '{}',
    mention_count integer NOT NULL DEFAULT 0,
    PRIMARY KEY (report_id, person_id)
);
CREATE INDEX person_mentions_person ON person_mentions (person_id);

CREATE TABLE positions (
    report_id    bigint NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    person_id    bigint NOT NULL REFERENCES people (id),
    ord          integer NOT NULL,
    text         text NOT NULL,
    title        text,
    organization text,
    PRIMARY KEY (report_id, person_id, ord)
);
CREATE INDEX positions_person ON positions (person_id);

CREATE TABLE directives (
    id         bigserial PRIMARY KEY,
    doc_key    text NOT NULL UNIQUE,
    number     text,
    type       text NOT NULL,
    date       date,
    issuer     text,
    subject    text,
    first_seen timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX directives_subject_trgm ON directives USING gin (meetx_fold(subject) gin_trgm_ops);

CREATE TABLE directive_citations (
    report_id    bigint NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    ord          integer NOT NULL,
    directive_id bigint NOT NULL REFERENCES directives (id),
    type         text NOT NULL,
    number       text,
    date         date,
    issuer       text,
    subject      text,
    quote        text,
    PRIMARY KEY (report_id, ord)
);
CREATE INDEX directive_citations_directive ON directive_citations (directive_id);

CREATE TABLE agenda_items (
    report_id    bigint NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    ord          integer NOT NULL,
    kind         text NOT NULL,
    text         text NOT NULL,
    presenter    text,
    presenter_id bigint REFERENCES people (id),
    PRIMARY KEY (report_id, ord)
);

-- Meetings (reports about an event), for "meetings by organizer and date range".
CREATE VIEW meetings AS
SELECT r.id AS report_id, r.meeting_date, r.meeting_end_date, r.part_of_day,
       r.meeting_type, r.organizer, r.location, r.online, r.title,
       r.published_at, r.published_date, r.source, r.url
FROM reports r
WHERE r.meeting_type IS NOT NULL;

-- Meetings per organizer per month.
CREATE VIEW organizer_activity AS
SELECT organizer, date_trunc('month', meeting_date)::date AS month,
       count(*) AS meetings, array_agg(DISTINCT meeting_type) AS meeting_types
FROM meetings
WHERE organizer IS NOT NULL
GROUP BY organizer, date_trunc('month', meeting_date)::date;

-- Every office a person was named with, dated by the meeting (or the
-- publication when the meeting date is unknown).
CREATE VIEW person_positions AS
SELECT p.id AS person_id, p.name, pos.text AS position, pos.title, pos.organization,
       COALESCE(r.meeting_date, r.published_date) AS seen_on,
       r.id AS report_id, r.title AS report_title, r.url
FROM positions pos
JOIN people p ON p.id = pos.person_id
JOIN reports r ON r.id = pos.report_id;

-- A person's offices over time: first and last day each office was seen.
CREATE VIEW person_position_history AS
SELECT person_id, name, position, min(seen_on) AS first_seen, max(seen_on) AS last_seen,
       count(DISTINCT report_id) AS reports
FROM person_positions
GROUP BY person_id, name, position;

-- Where each person appeared, with honorifics and roles.
CREATE VIEW person_appearances AS
SELECT p.id AS person_id, p.name, m.honorifics, m.roles,
       COALESCE(r.meeting_date, r.published_date) AS seen_on,
       r.meeting_type, r.organizer, r.id AS report_id, r.title, r.url
FROM person_mentions m
JOIN people p ON p.id = m.person_id
JOIN reports r ON r.id = m.report_id;

-- Every citation of a document: which document, cited by which organizer, when.
CREATE VIEW directive_citation_details AS
SELECT d.id AS directive_id, d.doc_key, COALESCE(d.number, c.number) AS number, d.type,
       COALESCE(c.issuer, d.issuer) AS issuer, COALESCE(c.subject, d.subject) AS subject,
       r.organizer AS cited_by, r.source,
       COALESCE(r.meeting_date, r.published_date) AS cited_on,
       r.id AS report_id, r.title, r.url
FROM directive_citations c
JOIN directives d ON d.id = c.directive_id
JOIN reports r ON r.id = c.report_id;

-- Documents ranked by how often they are cited.
CREATE VIEW directive_citation_counts AS
SELECT directive_id, doc_key, number, type,
       count(DISTINCT report_id) AS citing_reports,
       count(DISTINCT cited_by) AS citing_organizers,
       min(cited_on) AS first_cited, max(cited_on) AS last_cited,
       array_remove(array_agg(DISTINCT cited_by), NULL) AS cited_by
FROM directive_citation_details
GROUP BY directive_id, doc_key, number, type;

-- Diacritic-insensitive fuzzy search on people's names.
-- +goose StatementBegin
CREATE FUNCTION search_people(q text)
RETURNS TABLE (person_id bigint, name text, score real)
LANGUAGE sql STABLE
AS $$
    SELECT p.id, p.name, similarity(meetx_fold(p.name), meetx_fold(q))
    FROM people p
    WHERE meetx_fold(p.name) % meetx_fold(q)
       OR meetx_fold(p.name) LIKE '%' || meetx_fold(q) || '%'
    ORDER BY 3 DESC, p.name
$$;
-- +goose StatementEnd

-- Diacritic-insensitive fuzzy search on report titles and organizers.
-- +goose StatementBegin
CREATE FUNCTION search_reports(q text)
RETURNS TABLE (report_id bigint, title text, organizer text, meeting_date date, url text, score real)
LANGUAGE sql STABLE
AS $$
    SELECT r.id, r.title, r.organizer, r.meeting_date, r.url,
           word_similarity(meetx_fold(q), meetx_fold(r.title || ' ' || coalesce(r.organizer, '')))
    FROM reports r
    WHERE meetx_fold(q) <% meetx_fold(r.title || ' ' || coalesce(r.organizer, ''))
    ORDER BY 6 DESC, r.meeting_date DESC NULLS LAST
$$;
-- +goose StatementEnd

-- +goose Down
DROP FUNCTION IF EXISTS search_reports(text);
DROP FUNCTION IF EXISTS search_people(text);
DROP VIEW IF EXISTS directive_citation_counts;
DROP VIEW IF EXISTS directive_citation_details;
DROP VIEW IF EXISTS person_appearances;
DROP VIEW IF EXISTS person_position_history;
DROP VIEW IF EXISTS person_positions;
DROP VIEW IF EXISTS organizer_activity;
DROP VIEW IF EXISTS meetings;
DROP TABLE IF EXISTS agenda_items;
DROP TABLE IF EXISTS directive_citations;
DROP TABLE IF EXISTS directives;
DROP TABLE IF EXISTS positions;
DROP TABLE IF EXISTS person_mentions;
DROP TABLE IF EXISTS people;
DROP TABLE IF EXISTS reports;
DROP TABLE IF EXISTS pages;
DROP TABLE IF EXISTS sources;
DROP FUNCTION IF EXISTS meetx_version_key(text);
DROP FUNCTION IF EXISTS meetx_fold(text);
