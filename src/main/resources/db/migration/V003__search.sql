-- Casebook workspace, version 3: the full-text index of items.
-- `text` is the item as written (for snippets); `folded` holds every word folded by the name key (case,
-- diacritics, transliteration: Токаев, Tokaev and Tokayev are one word), filled by ItemStore in the same
-- transaction as the item. Porter stemming applies to both.
CREATE VIRTUAL TABLE item_search USING fts5(text, folded, tokenize = 'porter unicode61 remove_diacritics 2');

CREATE TRIGGER item_search_delete AFTER DELETE ON item BEGIN
    DELETE FROM item_search WHERE rowid = old.id;
END;
