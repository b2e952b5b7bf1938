-- Casebook workspace, version 3: the full-text index of reports.
-- One contentless FTS5 table (the text itself stays in item), two columns: `raw`, the words as written (English
-- stemming works on them), and `folded`, every word folded by the name key (case, diacritics, transliteration:
-- Токаев, Tokaev and Tokayev are one word). Porter-stemmed. Filled by ItemStore in the same transaction as the
-- item, for primary items only (a repeat is found through its primary).
CREATE VIRTUAL TABLE item_search USING fts5(raw, folded, content = '', contentless_delete = 1,
                                            tokenize = 'porter unicode61 remove_diacritics 2');

CREATE TRIGGER item_search_delete AFTER DELETE ON item BEGIN
    DELETE FROM item_search WHERE rowid = old.id;
END;
