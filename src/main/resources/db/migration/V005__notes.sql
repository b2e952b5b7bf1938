-- Casebook workspace, version 5: the researcher's notes on items and on persons.

-- One note per subject: an item, or an entity (a person today). The entity is named by its id without a foreign key:
-- every resolution pass rebuilds the entity table (ids are kept stable, see ADR 0005), and a cascade would delete
-- the researcher's notes with it. A note whose entity no longer exists is kept and shows again if the id returns.
-- Translations of items (a later issue) get a table of their own keyed by item and language; notes do not hold them.
CREATE TABLE note (
    id         INTEGER PRIMARY KEY,
    item_id    INTEGER REFERENCES item (id) ON DELETE CASCADE,
    entity_id  INTEGER,
    text       TEXT    NOT NULL,
    created_at TEXT    NOT NULL,
    updated_at TEXT    NOT NULL,
    CHECK ((item_id IS NULL) <> (entity_id IS NULL))
);
CREATE UNIQUE INDEX note_item ON note (item_id) WHERE item_id IS NOT NULL;
CREATE UNIQUE INDEX note_entity ON note (entity_id) WHERE entity_id IS NOT NULL;
