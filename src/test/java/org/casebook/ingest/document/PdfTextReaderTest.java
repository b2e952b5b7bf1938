package org.casebook.ingest.document;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.casebook.model.Passage;
import org.casebook.model.PassageKind;
import org.casebook.testing.TestDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class PdfTextReaderTest {

    @TempDir
    Path dir;

    private final PdfTextReader reader = new PdfTextReader();

    private static PDDocument twoPages() throws IOException {
        return TestDocuments.document(List.of(
                List.of("Witness statement of 12 May 2019", "The detainee was held for 15 days."),
                List.of("Second page of the statement", "He was released without charge.")));
    }

    private Path save(PDDocument document, String name) throws IOException {
        Path file = dir.resolve(name);
        try (document) {
            document.save(file.toFile());
        }
        return file;
    }

    @Test
    void readsOneStringPerPage() throws Exception {
        List<String> pages = reader.pages(save(twoPages(), "statement.pdf"));
        assertThat(pages).hasSize(2);
        assertThat(pages.get(0)).contains("Witness statement of 12 May 2019", "The detainee was held for 15 days.")
                .doesNotContain("Second page");
        assertThat(pages.get(1)).contains("Second page of the statement", "He was released without charge.");
    }

    @Test
    void truncatedPdfIsReportedAsDamaged() throws Exception {
        byte[] whole = Files.readAllBytes(save(twoPages(), "whole.pdf"));
        Path cut = Files.write(dir.resolve("cut.pdf"), Arrays.copyOf(whole, whole.length / 2));
        assertThatThrownBy(() -> reader.pages(cut))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("the PDF is damaged or truncated");
    }

    @Test
    void randomBytesWithPdfNameAreNotAPdf() throws Exception {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        Path file = Files.write(dir.resolve("noise.pdf"), noise);
        assertThatThrownBy(() -> reader.pages(file))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageStartingWith("not a PDF document");
    }

    @Test
    void damagedBodyWithIntactEnvelopeIsReportedAsDamaged() throws Exception {
        Path file = Files.writeString(dir.resolve("broken.pdf"), "%PDF-1.7\nthis is not an object\n%%EOF\n");
        assertThatThrownBy(() -> reader.pages(file))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("the PDF is damaged or truncated");
    }

    @Test
    void passwordProtectedPdfSaysSo() throws Exception {
        PDDocument document = twoPages();
        StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
        policy.setEncryptionKeyLength(128);
        document.protect(policy);
        Path file = save(document, "locked.pdf");
        assertThatThrownBy(() -> reader.pages(file))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("the PDF is password-protected");
    }

    @Test
    void wrappedPdfParagraphsComeBackWholeAfterRepair() throws Exception {
        PDDocument document = new PDDocument();
        PDPage page = new PDPage();
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            content.beginText();
            content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
            content.setLeading(14);
            content.newLineAtOffset(72, 700);
            for (String line : List.of("REPORT ON DETENTIONS", "",
                    "The monitors recorded the detention of protesters in the capital on",
                    "several occasions and documented the conditions of their custody.", "",
                    "A second paragraph follows here after a gap and it is also wrapped",
                    "over two lines of text.")) {
                if (!line.isEmpty()) {
                    content.showText(line);
                }
                content.newLine();
            }
            content.endText();
        }
        List<Passage> passages = new DocumentRepair().repair(reader.pages(save(document, "report.pdf")));
        assertThat(passages).extracting(Passage::kind, Passage::text).containsExactly(
                tuple(PassageKind.HEADING, "REPORT ON DETENTIONS"),
                tuple(PassageKind.BODY, "The monitors recorded the detention of protesters in the capital on several "
                        + "occasions and documented the conditions of their custody."),
                tuple(PassageKind.BODY, "A second paragraph follows here after a gap and it is also wrapped over two lines of text."));
    }
}
