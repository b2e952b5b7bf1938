package org.casebook.ingest.document;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocxReaderTest {

    private static final String CONTENT_TYPES = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
              <Default Extension="xml" ContentType="application/xml"/>
              <Override PartName="/word/document.xml"
                ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
            </Types>
            """;

    private static final String DOCUMENT = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
              <w:body>
                <w:p><w:r><w:t>Заявление</w:t></w:r><w:r><w:tab/><w:t xml:space="preserve">свидетеля от 12 мая 2019</w:t></w:r></w:p>
                <w:p><w:r><w:t/></w:r></w:p>
                <w:p><w:r><w:t>Line one</w:t><w:br/><w:t>line two &amp; more</w:t></w:r><w:r><w:delText>deleted</w:delText></w:r></w:p>
                <w:sectPr/>
              </w:body>
            </w:document>
            """;

    @TempDir
    Path dir;

    private final DocxReader reader = new DocxReader();

    private Path docx(Map<String, String> parts) throws IOException {
        Path file = dir.resolve("test.docx");
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }

    @Test
    void readsParagraphsWithTabsBreaksAndCyrillic() throws Exception {
        Path file = docx(Map.of("[Content_Types].xml", CONTENT_TYPES, "word/document.xml", DOCUMENT));
        assertThat(reader.paragraphs(file)).containsExactly(
                "Заявление свидетеля от 12 мая 2019",
                "Line one\nline two & more");
    }

    @Test
    void zipWithoutDocumentXmlIsNotADocx() throws Exception {
        Path file = docx(Map.of("[Content_Types].xml", CONTENT_TYPES));
        assertThatThrownBy(() -> reader.paragraphs(file))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("not a DOCX document: word/document.xml is missing");
    }

    @Test
    void plainTextWithDocxNameIsNotADocx() throws Exception {
        Path file = Files.writeString(dir.resolve("fake.docx"), "just some text, not a zip archive");
        assertThatThrownBy(() -> reader.paragraphs(file))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageStartingWith("not a DOCX document");
    }

    @Test
    void externalEntitiesAreNeverResolved() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-CONTENT");
        String hostile = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE w:document [<!ENTITY leak SYSTEM "%s">]>
                <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
                  <w:body><w:p><w:r><w:t>before &leak; after</w:t></w:r></w:p></w:body>
                </w:document>
                """.formatted(secret.toUri());
        Path file = docx(Map.of("[Content_Types].xml", CONTENT_TYPES, "word/document.xml", hostile));
        List<String> paragraphs;
        try {
            paragraphs = reader.paragraphs(file);
        } catch (UnreadableDocumentException refused) {
            paragraphs = List.of(refused.getMessage());
        }
        assertThat(String.join("\n", paragraphs)).doesNotContain("TOP-SECRET-CONTENT");
    }
}
