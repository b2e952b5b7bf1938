package org.casebook.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.casebook.ingest.ImportListener;
import org.casebook.ingest.Importer;
import org.casebook.search.SearchService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A workspace indexed under another definition of the index's words is indexed anew, not searched wrongly. */
class SearchIndexDefinitionTest {

    @Test
    void anIndexBuiltUnderAnotherDefinitionIsRebuilt(@TempDir Path dir) throws Exception {
        Path text = Files.writeString(dir.resolve("notes.txt"), "12.03.2019 Serikbol Zhumabekov was detained.\n");
        Path db = dir.resolve("ws.db");
        long item;
        try (Workspace ws = Workspace.open(db)) {
            new Importer(ws).importPaths(List.of(text), Importer.Options.DEFAULT, ImportListener.NONE);
            item = ws.items().stats().items();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            // as an older Casebook would have left it: other words for the item, an older definition
            st.executeUpdate("DELETE FROM item_search WHERE rowid = " + item);
            st.executeUpdate("INSERT INTO item_search (rowid, raw, folded) VALUES (" + item + ", 'obsolete', 'obsolete')");
            st.executeUpdate("UPDATE search_index_state SET definition = " + (SearchStore.INDEX_DEFINITION - 1));
        }

        try (Workspace ws = Workspace.open(db)) {
            SearchService search = new SearchService(ws);

            assertThat(search.count("obsolete")).isZero();
            assertThat(search.count("Zhumabekov")).isEqualTo(1);
            assertThat(ws.search().indexDefinition()).isEqualTo(SearchStore.INDEX_DEFINITION);
        }
    }
}
