-- Casebook workspace, version 2: names found in items, the persons, organisations, places and cases they resolve
-- to, links between them with their evidence, and the researcher's corrections.

-- Every name found in an item, with its span; rebuilt when an item is (re-)extracted.
CREATE TABLE mention (
    id          INTEGER PRIMARY KEY,
    item_id     INTEGER NOT NULL REFERENCES item (id) ON DELETE CASCADE,
    kind        TEXT    NOT NULL CHECK (kind IN ('person', 'organisation', 'place')),
    surface     TEXT    NOT NULL,
    begin_char  INTEGER NOT NULL,
    end_char    INTEGER NOT NULL,
    canonical   TEXT,
    cue         TEXT,
    CHECK (end_char > begin_char)
);
CREATE INDEX mention_item ON mention (item_id);

-- Items whose names have been extracted (with or without finding any); the rest are extracted by the next pass.
CREATE TABLE item_extracted (
    item_id INTEGER NOT NULL PRIMARY KEY REFERENCES item (id) ON DELETE CASCADE
) WITHOUT ROWID;

-- Stable ids: an entity keeps its id across resolution passes (see docs/decisions/0005-person-resolution.md).
CREATE TABLE entity (
    id     INTEGER PRIMARY KEY,
    kind   TEXT NOT NULL CHECK (kind IN ('person', 'organisation', 'place', 'case')),
    name   TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX entity_kind ON entity (kind, active);

-- The id a person first got, by the key of its name: a person split off and merged back gets its id again.
CREATE TABLE person_key (
    name_key  TEXT    NOT NULL PRIMARY KEY,
    entity_id INTEGER NOT NULL
) WITHOUT ROWID;

-- Which entity each mention resolved to in the last pass.
CREATE TABLE entity_mention (
    mention_id INTEGER NOT NULL PRIMARY KEY REFERENCES mention (id) ON DELETE CASCADE,
    entity_id  INTEGER NOT NULL REFERENCES entity (id) ON DELETE CASCADE
);
CREATE INDEX entity_mention_entity ON entity_mention (entity_id);

-- Aliases the researcher added by hand (forms seen in the corpus come from the mentions).
CREATE TABLE entity_alias (
    entity_id INTEGER NOT NULL REFERENCES entity (id) ON DELETE CASCADE,
    alias     TEXT    NOT NULL,
    PRIMARY KEY (entity_id, alias)
) WITHOUT ROWID;

-- A person's role in a case, with the item that states it.
CREATE TABLE case_role (
    case_id   INTEGER NOT NULL REFERENCES entity (id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES entity (id) ON DELETE CASCADE,
    role      TEXT    NOT NULL CHECK (role IN ('defendant', 'detainee', 'victim', 'relative', 'lawyer', 'judge',
                                               'prosecutor', 'official', 'journalist', 'advocate')),
    item_id   INTEGER REFERENCES item (id) ON DELETE CASCADE,
    by_hand   INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX case_role_case ON case_role (case_id);
CREATE INDEX case_role_person ON case_role (person_id);

-- How two persons are related (person is the <relation> of other), with the item that states it.
CREATE TABLE person_relation (
    person_id INTEGER NOT NULL REFERENCES entity (id) ON DELETE CASCADE,
    other_id  INTEGER NOT NULL REFERENCES entity (id) ON DELETE CASCADE,
    relation  TEXT    NOT NULL CHECK (relation IN ('spouse', 'child', 'parent', 'sibling', 'relative', 'lawyer-of',
                                                   'colleague')),
    item_id   INTEGER NOT NULL REFERENCES item (id) ON DELETE CASCADE
);
CREATE INDEX person_relation_person ON person_relation (person_id);

-- Pairs of persons that may be one, offered to the researcher.
CREATE TABLE merge_suggestion (
    person_id INTEGER NOT NULL REFERENCES entity (id) ON DELETE CASCADE,
    other_id  INTEGER NOT NULL REFERENCES entity (id) ON DELETE CASCADE,
    reason    TEXT    NOT NULL
);

-- The researcher's corrections, replayed in order after every automatic pass; undo marks the latest one undone.
CREATE TABLE decision (
    id       INTEGER PRIMARY KEY,
    action   TEXT    NOT NULL CHECK (action IN ('merge', 'split', 'rename', 'add-alias', 'remove-alias',
                                                'not-person', 'link', 'unlink')),
    args     TEXT    NOT NULL,
    made_at  TEXT    NOT NULL,
    undone   INTEGER NOT NULL DEFAULT 0
);
