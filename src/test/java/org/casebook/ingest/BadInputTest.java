package org.casebook.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.casebook.ingest.ImportReport.SourceOutcome;
import org.casebook.ingest.ImportReport.Status;
import org.casebook.model.Item;
import org.casebook.model.ItemQuery;
import org.casebook.model.SourceLayout;
import org.casebook.store.StoreException;
import org.casebook.store.Workspace;
import org.casebook.testing.DemoCorpus;
import org.casebook.testing.TestDocuments;
import org.casebook.testing.WorkspaceSnapshot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each kind of bad input gets a clear reason naming the problem and leaves the workspace exactly as it was. The
 * workspace starts with one good source so "unchanged" means something.
 */
class BadInputTest {

    @TempDir
    Path temp;

    Workspace workspace;
    WorkspaceSnapshot before;

    @BeforeEach
    void workspaceWithOneSource() {
        workspace = Workspace.open(temp.resolve("ws.db"));
        importAll(DemoCorpus.file(DemoCorpus.LIST_002));
        before = WorkspaceSnapshot.of(workspace);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private ImportReport importAll(Path... paths) {
        return importAll(Importer.Options.DEFAULT, paths);
    }

    private ImportReport importAll(Importer.Options options, Path... paths) {
        return new Importer(workspace).importPaths(List.of(paths), options, ImportListener.NONE);
    }

    private SourceOutcome rejectedOnly(Path file) {
        return rejectedOnly(file, Importer.Options.DEFAULT);
    }

    private SourceOutcome rejectedOnly(Path file, Importer.Options options) {
        ImportReport report = importAll(options, file);
        assertThat(report.outcomes()).hasSize(1);
        SourceOutcome outcome = report.outcomes().get(0);
        assertThat(outcome.status()).isEqualTo(Status.REJECTED);
        assertThat(outcome.path()).isEqualTo(file);
        assertThat(WorkspaceSnapshot.of(workspace)).isEqualTo(before);
        return outcome;
    }

    @Test
    void emptyFile() throws IOException {
        Path empty = Files.createFile(temp.resolve("empty.txt"));

        assertThat(rejectedOnly(empty).reason()).isEqualTo("empty file: nothing to import");
    }

    @Test
    void whiteSpaceOnlyFile() throws IOException {
        Path blank = Files.writeString(temp.resolve("blank.txt"), " \n\t\n  \r\n");

        assertThat(rejectedOnly(blank).reason()).contains("empty file");
    }

    @Test
    void binaryFileNamedTxt() throws IOException {
        byte[] bytes = new byte[64 * 1024];
        new Random(3).nextBytes(bytes);
        Path binary = Files.write(temp.resolve("photo.txt"), bytes);

        assertThat(rejectedOnly(binary).reason()).contains("binary");
    }

    @Test
    void truncatedPdf() throws IOException {
        Path whole = TestDocuments.pdf(temp.resolve("whole.pdf"),
                List.of(List.of("On 19 March 2019 the President resigned.")));
        byte[] bytes = Files.readAllBytes(whole);
        Path truncated = Files.write(temp.resolve("report.pdf"), java.util.Arrays.copyOf(bytes, bytes.length / 2));

        assertThat(rejectedOnly(truncated).reason()).containsIgnoringCase("PDF").contains("damaged");
    }

    @Test
    void missingPath() {
        Path missing = temp.resolve("no-such-folder").resolve("report.txt");

        assertThat(rejectedOnly(missing).reason()).isEqualTo("no such file or folder");
    }

    @Test
    void aFolderMixingGoodAndBadFilesImportsTheGoodOnes() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("mixed"));
        DemoCorpus.copyTo(folder, DemoCorpus.LIST_000);
        Files.createFile(folder.resolve("empty.txt"));
        Files.write(folder.resolve("broken.pdf"), "%PDF-1.7\n1 0 obj\n<< /Type".getBytes(StandardCharsets.US_ASCII));
        Files.write(folder.resolve("old.doc"), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 1, 2, 3});

        ImportReport report = importAll(folder);

        assertThat(report.with(Status.IMPORTED)).extracting(o -> o.path().getFileName().toString())
                .containsExactly(DemoCorpus.LIST_000);
        assertThat(report.with(Status.REJECTED)).extracting(o -> o.path().getFileName().toString())
                .containsExactlyInAnyOrder("empty.txt", "broken.pdf", "old.doc");
        assertThat(report.with(Status.REJECTED)).allSatisfy(o -> assertThat(o.reason()).isNotBlank());
        assertThat(workspace.sources().all()).hasSize(2);
    }

    @Test
    void windows1251TextImportsWithCorrectCyrillic() throws IOException {
        String text = "19 марта 2019 года Нурсултан Назарбаев объявил о своей отставке с поста президента.\n"
                + "11 октября 2017 года депутаты ПАСЕ подписали письмо о политических заключённых в Казахстане.\n";
        Path file = Files.write(temp.resolve("news-cp1251.txt"), text.getBytes(Charset.forName("windows-1251")));

        ImportReport report = importAll(file);

        assertThat(report.with(Status.IMPORTED)).hasSize(1);
        List<Item> items = workspace.items().list(new ItemQuery(true, null, null, "news-cp1251.txt", 0));
        assertThat(items).extracting(Item::text).containsExactly(
                "19 марта 2019 года Нурсултан Назарбаев объявил о своей отставке с поста президента.",
                "11 октября 2017 года депутаты ПАСЕ подписали письмо о политических заключённых в Казахстане.");
        assertThat(items).extracting(Item::lang).containsOnly("ru");
        assertThat(items.get(0).date().isoStart()).isEqualTo("2019-03-19");
        assertThat(workspace.sources().all()).filteredOn(s -> s.fileName().equals("news-cp1251.txt"))
                .extracting(org.casebook.model.Source::encoding).containsExactly("windows-1251");
    }

    @Test
    void invalidUtf8FarIntoAListIsRejectedWithoutKeepingTheBatchesAlreadyStored() throws IOException {
        Path file = temp.resolve("broken-utf8.txt");
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int i = 0; i < 20_000; i++) {
                out.write(("On " + (i % 28 + 1) + " March 2019 report number " + i + " about the court in Almaty.\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            out.write(new byte[] {'b', 'a', 'd', (byte) 0xC3, (byte) 0x28, '\n'});
        }

        SourceOutcome outcome = rejectedOnly(file);

        assertThat(outcome.reason()).contains("not valid UTF-8").contains("line 20001");
    }

    @Test
    void aWorkspaceFileThatIsNotSqliteIsRefusedAndLeftAlone() throws IOException {
        Path notes = Files.writeString(temp.resolve("notes.db"), "my notes, not a database\n");

        assertThatThrownBy(() -> Workspace.open(notes)).isInstanceOf(StoreException.class)
                .hasMessageContaining(notes.toString())
                .hasMessageContaining("not an SQLite database");
        assertThat(Files.readString(notes)).isEqualTo("my notes, not a database\n");
        assertThat(temp.resolve("notes.db-wal")).doesNotExist();
    }

    @Test
    void aListWithAHugeLineIsRejectedAfterReadingABoundedPrefix() throws IOException {
        Path file = temp.resolve("one-line.txt");
        try (Writer out = Files.newBufferedWriter(file)) {
            String chunk = "word ".repeat(2000);
            for (int i = 0; i < 300; i++) {
                out.write(chunk);
            }
        }

        assertThat(rejectedOnly(file, new Importer.Options(SourceLayout.LIST)).reason())
                .isEqualTo("line 1 is longer than 1,000,000 characters: not a list of reports");
    }

    /**
     * A 200 MB text file imports in a JVM limited to 64 MB of heap: the file is streamed, never held. Most of it is
     * white space so the test stays quick; the reports in it are all stored.
     */
    @Test
    void a200MegabyteFileStreamsInBoundedMemory() throws Exception {
        Path big = temp.resolve("big.txt");
        String padding = " ".repeat(1023) + "\n";
        long written = 0;
        int reports = 0;
        try (Writer out = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            while (written < 200L * 1024 * 1024) {
                if (written % (4L * 1024 * 1024) == 0) {
                    String report = "On " + (reports % 28 + 1) + " May 2019 the court in Almaty heard case number "
                            + reports + " of a detained activist.\n";
                    out.write(report);
                    reports++;
                }
                out.write(padding);
                written += padding.length();
            }
        }
        Path db = temp.resolve("big.db");

        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-cp", System.getProperty("java.class.path"), "org.casebook.Main",
                "--db", db.toString(), "import", "--json", big.toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();

        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("\"items\":" + reports);
    }
}
