package org.casebook.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.casebook.ingest.ImportListener;
import org.casebook.ingest.Importer;
import org.casebook.resolve.EntityPass;
import org.casebook.store.Workspace;

/** The seed corpus as bundled in every checkout (resources/demo), copied where a test may change it. */
public final class DemoCorpus {

    public static final Path DIR = Path.of("resources", "demo");
    public static final String LIST_000 = "000_fdbfffb8ef17400f.txt";
    public static final String LIST_001 = "001_ef61ec9bf655f8f8.txt";
    public static final String LIST_002 = "002_ffd51fa98cd94d3e.txt";
    public static final String DOC_003 = "003_18f4504d73d743c8.txt";
    public static final String DOC_004 = "004_ffcf91469082d137.txt";

    private DemoCorpus() {
    }

    public static Path file(String name) {
        return DIR.resolve(name);
    }

    /** Opens a new workspace at {@code file} with the demo corpus imported (entities not yet extracted). */
    public static Workspace imported(Path file) {
        Workspace workspace = Workspace.open(file);
        new Importer(workspace).importPaths(List.of(DIR), Importer.Options.DEFAULT, ImportListener.NONE);
        return workspace;
    }

    /** Opens a new workspace at {@code file} with the demo corpus imported and its entities resolved. */
    public static Workspace resolved(Path file) {
        Workspace workspace = imported(file);
        new EntityPass(workspace).run();
        return workspace;
    }

    public static Path copyTo(Path folder, String... names) throws IOException {
        Files.createDirectories(folder);
        for (String name : names) {
            Files.copy(file(name), folder.resolve(name));
        }
        return folder;
    }
}
