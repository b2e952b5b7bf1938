-- Casebook workspace, version 4: the researcher's tags on items, and the definition the search index was built with.

-- A tag is the researcher's word for an item ("verify", "brief-2026"); kept as written, compared without case.
CREATE TABLE item_tag (
    item_id INTEGER NOT NULL REFERENCES item (id) ON DELETE CASCADE,
    tag     TEXT    NOT NULL COLLATE NOCASE CHECK (length(trim(tag)) > 0),
    PRIMARY KEY (item_id, tag)
) WITHOUT ROWID;
CREATE INDEX item_tag_tag ON item_tag (tag, item_id);

-- How the words of the full-text index were made (its SQL and the folding of words). When a new Casebook defines
-- them differently, opening the workspace empties the index and the first search fills it again.
CREATE TABLE search_index_state (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    definition INTEGER NOT NULL
);
INSERT INTO search_index_state (id, definition) VALUES (1, 1);
