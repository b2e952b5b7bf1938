-- Casebook workspace, version 1: sources, items with provenance and dates, document passages, duplicate sketches.

CREATE TABLE source (
    id           INTEGER PRIMARY KEY,
    file_name    TEXT    NOT NULL,
    path         TEXT    NOT NULL,
    sha256       TEXT    NOT NULL UNIQUE,
    size_bytes   INTEGER NOT NULL,
    format       TEXT    NOT NULL CHECK (format IN ('txt', 'pdf', 'docx', 'html')),
    layout       TEXT    NOT NULL CHECK (layout IN ('list', 'document')),
    encoding     TEXT,
    imported_at  TEXT    NOT NULL,
    item_count   INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE item (
    id             INTEGER PRIMARY KEY,
    source_id      INTEGER NOT NULL REFERENCES source (id) ON DELETE CASCADE,
    line           INTEGER,
    page           INTEGER,
    paragraph      INTEGER,
    text           TEXT    NOT NULL,
    date_start     TEXT,
    date_end       TEXT,
    date_precision TEXT    NOT NULL DEFAULT 'unknown'
                           CHECK (date_precision IN ('day', 'month', 'year', 'unknown')),
    date_origin    TEXT    CHECK (date_origin IN ('stated', 'inferred')),
    lang           TEXT,
    content_hash   INTEGER NOT NULL,
    duplicate_of   INTEGER REFERENCES item (id),
    CHECK ((line IS NULL) <> (page IS NULL)),
    CHECK ((date_precision = 'unknown') = (date_start IS NULL)),
    CHECK (duplicate_of IS NULL OR duplicate_of <> id)
);

CREATE INDEX item_chronology   ON item (date_start DESC, source_id, line, id);
CREATE INDEX item_source_line  ON item (source_id, line);
CREATE INDEX item_content_hash ON item (content_hash);
CREATE INDEX item_duplicates   ON item (duplicate_of) WHERE duplicate_of IS NOT NULL;

-- The paragraphs of a document, kept with their page and paragraph for citations.
CREATE TABLE passage (
    item_id         INTEGER NOT NULL REFERENCES item (id) ON DELETE CASCADE,
    ordinal         INTEGER NOT NULL,
    page            INTEGER NOT NULL,
    paragraph       INTEGER NOT NULL,
    kind            TEXT    NOT NULL CHECK (kind IN ('heading', 'body', 'footnote')),
    footnote_number INTEGER,
    footnote_refs   TEXT,
    text            TEXT    NOT NULL,
    PRIMARY KEY (item_id, ordinal)
) WITHOUT ROWID;

-- MinHash band keys of the primary (non-duplicate) items, the candidate index for near-duplicate detection.
CREATE TABLE item_sketch (
    sketch  INTEGER NOT NULL,
    item_id INTEGER NOT NULL REFERENCES item (id) ON DELETE CASCADE,
    PRIMARY KEY (sketch, item_id)
) WITHOUT ROWID;
