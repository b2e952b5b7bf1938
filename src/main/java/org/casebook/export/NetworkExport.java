package org.casebook.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.graphstream.graph.Graph;
import org.graphstream.stream.file.FileSink;
import org.graphstream.stream.file.FileSinkGEXF;
import org.graphstream.stream.file.FileSinkGraphML;

/** Writes a network graph as GEXF or GraphML (both open in Gephi), chosen by the file's extension. */
public final class NetworkExport {

    public enum Format {
        GEXF, GRAPHML;

        /** The format a file name asks for, or null. */
        public static Format of(Path file) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            return name.endsWith(".gexf") ? GEXF : name.endsWith(".graphml") ? GRAPHML : null;
        }
    }

    private NetworkExport() {
    }

    /** Writes the graph to a temporary file next to the target, then moves it into place (no half-written file). */
    public static void write(Graph graph, Format format, Path file) {
        FileSink sink = format == Format.GEXF ? new FileSinkGEXF() : new FileSinkGraphML();
        Path target = file.toAbsolutePath();
        try {
            Path parent = target.getParent();
            Files.createDirectories(parent);
            Path temp = Files.createTempFile(parent, ".casebook-export", ".tmp");
            try {
                sink.writeAll(graph, temp.toString());
                Files.move(temp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(target + ": cannot write (" + e.getMessage() + ")", e);
        }
    }
}
