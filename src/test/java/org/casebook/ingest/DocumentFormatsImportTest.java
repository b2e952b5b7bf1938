package org.casebook.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.casebook.model.Item;
import org.casebook.model.ItemQuery;
import org.casebook.model.Passage;
import org.casebook.model.Source;
import org.casebook.model.SourceFormat;
import org.casebook.model.SourceLayout;
import org.casebook.store.Workspace;
import org.casebook.testing.TestDocuments;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PDF, DOCX and HTML each become one dated item whose paragraphs keep their page and paragraph. */
class DocumentFormatsImportTest {

    @TempDir
    Path temp;

    Workspace workspace;

    @BeforeEach
    void open() {
        workspace = Workspace.open(temp.resolve("ws.db"));
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private Item importOne(Path file) {
        ImportReport report = new Importer(workspace).importPaths(List.of(file), Importer.Options.DEFAULT,
                ImportListener.NONE);
        assertThat(report.with(ImportReport.Status.IMPORTED)).as(report.outcomes().toString()).hasSize(1);
        List<Item> items = workspace.items().list(new ItemQuery(true, null, null,
                file.getFileName().toString(), 0));
        assertThat(items).hasSize(1);
        return items.get(0);
    }

    private Source source(String name) {
        return workspace.sources().all().stream().filter(s -> s.fileName().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aPdfKeepsItsPages() throws IOException {
        Path pdf = TestDocuments.pdf(temp.resolve("statement.pdf"), List.of(
                List.of("Witness statement", "", "On 12 May 2019 the activist was detained in Almaty and held",
                        "for fifteen days without access to a lawyer."),
                List.of("He was released on 27 May 2019 without charge.")));

        Item item = importOne(pdf);

        assertThat(source("statement.pdf").format()).isEqualTo(SourceFormat.PDF);
        assertThat(source("statement.pdf").layout()).isEqualTo(SourceLayout.DOCUMENT);
        assertThat(item.text()).contains("held for fifteen days");
        assertThat(item.date().isoStart()).isEqualTo("2019-05");
        List<Passage> passages = workspace.items().passages(item.id());
        assertThat(passages).extracting(Passage::page).contains(1, 2);
        assertThat(passages).filteredOn(p -> p.page() == 2).extracting(Passage::text)
                .containsExactly("He was released on 27 May 2019 without charge.");
    }

    @Test
    void aDocxKeepsItsParagraphsAndCyrillic() throws IOException {
        Path docx = TestDocuments.docx(temp.resolve("letter.docx"), List.of("Открытое письмо",
                "19 марта 2019 года Нурсултан Назарбаев объявил о своей отставке с поста президента Казахстана.",
                "Мы просим освободить политических заключённых."));

        Item item = importOne(docx);

        assertThat(source("letter.docx").format()).isEqualTo(SourceFormat.DOCX);
        assertThat(item.lang()).isEqualTo("ru");
        assertThat(item.date().isoStart()).isEqualTo("2019-03");
        assertThat(workspace.items().passages(item.id())).extracting(Passage::paragraph).containsExactly(1, 2, 3);
    }

    @Test
    void aUtf8ListWithAByteOrderMarkImportsWithoutIt() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = ("On 12 July 2018, eight MEPs signed an open letter to President Nazarbayev.\n"
                + "On 23 April 2018, the CCBE addressed a letter about lawyer Botagoz Jardemalie.\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(bom, bom.length + text.length);
        System.arraycopy(text, 0, bytes, bom.length, text.length);
        Path file = Files.write(temp.resolve("bom.txt"), bytes);

        new Importer(workspace).importPaths(List.of(file), Importer.Options.DEFAULT, ImportListener.NONE);

        List<Item> items = workspace.items().list(new ItemQuery(true, null, null, "bom.txt", 0));
        assertThat(items).extracting(Item::text).containsExactly(
                "On 12 July 2018, eight MEPs signed an open letter to President Nazarbayev.",
                "On 23 April 2018, the CCBE addressed a letter about lawyer Botagoz Jardemalie.");
        assertThat(source("bom.txt").encoding()).isEqualTo("UTF-8");
    }

    @Test
    void anHtmlPageLosesItsScriptsAndNavigation() throws IOException {
        Path html = Files.writeString(temp.resolve("news.html"), "<html><head><title>News</title>"
                + "<script>track()</script></head><body><nav>Home | About</nav>"
                + "<p>On 10 May 2018 the police dispersed peaceful protesters in Almaty.</p>"
                + "<p>More than 30 people were detained.</p></body></html>");

        Item item = importOne(html);

        assertThat(source("news.html").format()).isEqualTo(SourceFormat.HTML);
        assertThat(item.text()).contains("dispersed peaceful protesters").doesNotContain("track()")
                .doesNotContain("Home | About");
        assertThat(workspace.items().passages(item.id())).hasSize(2);
    }
}
