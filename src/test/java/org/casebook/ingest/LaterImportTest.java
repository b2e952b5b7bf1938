package org.casebook.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.casebook.model.Item;
import org.casebook.model.ItemQuery;
import org.casebook.store.Workspace;
import org.casebook.testing.DemoCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A report that comes back in a later import, after the workspace was closed, is grouped with the first copy. */
class LaterImportTest {

    @TempDir
    Path temp;

    private static void importInNewSession(Path db, Path file) {
        try (Workspace workspace = Workspace.open(db)) {
            new Importer(workspace).importPaths(List.of(file), Importer.Options.DEFAULT, ImportListener.NONE);
        }
    }

    private static Item lineOf(Workspace workspace, String source, int line) {
        return workspace.items().list(new ItemQuery(true, null, null, source, 0)).stream()
                .filter(i -> i.locator().line() == line).findFirst().orElseThrow();
    }

    @Test
    void exactAndEditedRepeatsInALaterImportPointToTheFirstCopy() throws IOException {
        Path db = temp.resolve("ws.db");
        importInNewSession(db, DemoCorpus.file(DemoCorpus.LIST_000));
        String original;
        try (Workspace workspace = Workspace.open(db)) {
            original = lineOf(workspace, DemoCorpus.LIST_000, 4).text();
        }
        Path later = Files.writeString(temp.resolve("later.txt"), "A new report about a court hearing in Almaty on "
                + "3 May 2021, where the activist was fined for a post on social networks.\n"
                + original.replace("decrying", "criticising") + "\n");

        importInNewSession(db, later);

        try (Workspace workspace = Workspace.open(db)) {
            Item first = lineOf(workspace, DemoCorpus.LIST_000, 4);
            assertThat(lineOf(workspace, "later.txt", 2).duplicateOf()).isEqualTo(first.id());
            assertThat(lineOf(workspace, "later.txt", 1).duplicateOf()).isNull();
        }
        importInNewSession(db, DemoCorpus.file(DemoCorpus.LIST_002));
        try (Workspace workspace = Workspace.open(db)) {
            assertThat(lineOf(workspace, DemoCorpus.LIST_002, 17).duplicateOf())
                    .isEqualTo(lineOf(workspace, DemoCorpus.LIST_000, 4).id());
        }
    }
}
