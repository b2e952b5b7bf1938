package org.casebook.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.casebook.store.Workspace;

/** The seed corpus bundled in the jar ({@code /casebook/demo/}): for {@code casebook demo} and the window's first run. */
public final class DemoCorpus {

    public static final List<String> FILES = List.of("000_fdbfffb8ef17400f.txt", "001_ef61ec9bf655f8f8.txt",
            "002_ffd51fa98cd94d3e.txt", "003_18f4504d73d743c8.txt", "004_ffcf91469082d137.txt");

    private DemoCorpus() {
    }

    /** Copies the named demo files out of the jar into the folder. */
    public static void copyTo(Path folder, List<String> names) throws IOException {
        for (String name : names) {
            try (InputStream in = DemoCorpus.class.getResourceAsStream("/casebook/demo/" + name)) {
                if (in == null) {
                    throw new IOException("the demo corpus is missing from the jar: " + name);
                }
                Files.copy(in, folder.resolve(name));
            }
        }
    }

    /** Imports the whole demo corpus into the workspace (from a temporary copy, removed afterwards). */
    public static ImportReport importInto(Workspace workspace, ImportListener listener) {
        Path corpus = null;
        try {
            corpus = Files.createTempDirectory("casebook-demo");
            copyTo(corpus, FILES);
            return new Importer(workspace).importPaths(List.of(corpus), Importer.Options.DEFAULT, listener);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack the demo corpus: " + e.getMessage(), e);
        } finally {
            if (corpus != null) {
                for (String name : FILES) {
                    try {
                        Files.deleteIfExists(corpus.resolve(name));
                    } catch (IOException ignored) {
                        // a temporary file left behind is harmless
                    }
                }
                try {
                    Files.deleteIfExists(corpus);
                } catch (IOException ignored) {
                    // as above
                }
            }
        }
    }
}
