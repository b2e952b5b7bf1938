package org.casebook.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.casebook.ingest.ImportReport.SourceOutcome;
import org.casebook.ingest.ImportReport.Status;
import org.casebook.ingest.dedup.DuplicateDetector;
import org.casebook.model.Source;
import org.casebook.model.SourceFormat;
import org.casebook.model.SourceLayout;
import org.casebook.store.Workspace;

/**
 * Imports files and folders into a workspace. Each file is one transaction: it is stored whole or not at all, and
 * a file whose bytes were imported before (same SHA-256) adds nothing. A bad file is reported with its reason and
 * the others go on.
 */
public final class Importer {

    private static final int SNIFF_BYTES = 1 << 20;

    private final Workspace workspace;
    private final ItemAnalysis.Analysers analysers;
    private final DuplicateDetector duplicates;

    public Importer(Workspace workspace) {
        this.workspace = workspace;
        this.analysers = ItemAnalysis.Analysers.standard();
        this.duplicates = new DuplicateDetector(workspace.items());
    }

    /** Options of one import: layout forces list or document reading of text files (null: decide per file). */
    public record Options(SourceLayout layout) {
        public static final Options DEFAULT = new Options(null);
    }

    public ImportReport importPaths(List<Path> paths, Options options, ImportListener listener) {
        ImportReport report = new ImportReport();
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                files.addAll(filesUnder(path));
            } else if (Files.exists(path)) {
                files.add(path);
            } else {
                report.add(rejected(path, "no such file or folder"));
            }
        }
        for (int i = 0; i < files.size(); i++) {
            listener.sourceStarted(files.get(i), i, files.size());
            SourceOutcome outcome = importFile(files.get(i), options, listener);
            report.add(outcome);
            listener.sourceFinished(outcome);
        }
        return report;
    }

    private static List<Path> filesUnder(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SourceOutcome importFile(Path file, Options options, ImportListener listener) {
        try {
            long size = Files.size(file);
            if (size == 0) {
                return rejected(file, "empty file: nothing to import");
            }
            String sha256 = sha256(file);
            Optional<Source> known = workspace.sources().findBySha256(sha256);
            if (known.isPresent()) {
                return new SourceOutcome(file, Status.ALREADY_IMPORTED, "already imported as "
                        + known.get().fileName() + " on " + known.get().importedAt(), 0, 0, java.util.Map.of());
            }
            byte[] head = SourceSniffer.head(file, SNIFF_BYTES);
            SourceFormat format = SourceSniffer.format(file, head);
            TextEncoding.Detected encoding = format == SourceFormat.TXT || format == SourceFormat.HTML
                    ? TextEncoding.detect(head, head.length == size) : null;
            SourceLayout layout = layoutOf(format, head, encoding, options);
            if (format == SourceFormat.TXT && isBlank(head, encoding)) {
                return rejected(file, "empty file: only white space");
            }
            ItemWriter writer = workspace.inTransaction(() -> {
                long sourceId = workspace.sources().insert(file.getFileName().toString(),
                        file.toAbsolutePath().toString(), sha256, size, format, layout,
                        encoding == null ? null : encoding.charset().name(), Instant.now());
                ItemWriter w = new ItemWriter(workspace.items(), duplicates, sourceId);
                if (layout == SourceLayout.LIST) {
                    new ListImport(workspace.items(), analysers, listener).run(file, encoding, sourceId, w);
                } else {
                    new DocumentImport(analysers).run(file, format, encoding, w);
                }
                if (w.stored() == 0) {
                    throw new RejectedSourceException("no text found: nothing to import");
                }
                workspace.sources().setItemCount(sourceId, w.stored());
                return w;
            });
            return new SourceOutcome(file, Status.IMPORTED, null, writer.stored(), writer.duplicates(),
                    writer.precisions());
        } catch (Workspace.TransactionAbortedException e) {
            duplicates.forgetUncommitted();
            Throwable cause = e.getCause();
            if (cause instanceof RejectedSourceException rejected) {
                return rejected(file, rejected.getMessage());
            }
            return rejected(file, describe(cause));
        } catch (RejectedSourceException e) {
            return rejected(file, e.getMessage());
        } catch (UncheckedIOException e) {
            duplicates.forgetUncommitted();
            return rejected(file, "cannot read: " + e.getCause().getMessage());
        } catch (RuntimeException e) {
            duplicates.forgetUncommitted();
            throw e;
        } catch (NoSuchFileException e) {
            return rejected(file, "no such file or folder");
        } catch (IOException e) {
            return rejected(file, "cannot read: " + e.getMessage());
        }
    }

    private static String describe(Throwable t) {
        if (t instanceof IOException) {
            return "cannot read: " + t.getMessage();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    private static SourceLayout layoutOf(SourceFormat format, byte[] head, TextEncoding.Detected encoding,
                                         Options options) {
        if (format != SourceFormat.TXT) {
            return SourceLayout.DOCUMENT;
        }
        if (options.layout() != null) {
            return options.layout();
        }
        return LayoutClassifier.classify(sampleText(head, encoding));
    }

    private static boolean isBlank(byte[] head, TextEncoding.Detected encoding) {
        return head.length < SNIFF_BYTES && TextCleaner.clean(sampleText(head, encoding)).isEmpty();
    }

    private static String sampleText(byte[] head, TextEncoding.Detected encoding) {
        int from = encoding.bomLength();
        return new String(head, from, head.length - from, encoding.charset());
    }

    private static SourceOutcome rejected(Path file, String reason) {
        return new SourceOutcome(file, Status.REJECTED, reason, 0, 0, java.util.Map.of());
    }

    static String sha256(Path file) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
