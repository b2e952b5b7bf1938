package org.casebook.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.casebook.extract.DocumentDating;
import org.casebook.ingest.document.DocumentRepair;
import org.casebook.ingest.document.DocxReader;
import org.casebook.ingest.document.HtmlReader;
import org.casebook.ingest.document.PdfTextReader;
import org.casebook.ingest.document.UnreadableDocumentException;
import org.casebook.model.ItemDate;
import org.casebook.model.Passage;
import org.casebook.model.PassageKind;
import org.casebook.model.SourceFormat;

/**
 * Imports a document (PDF, DOCX, HTML, or a TXT that is not a list) as one item whose paragraphs are kept as
 * passages with page and paragraph locators. The document's date is worked out from the dates it mentions.
 */
final class DocumentImport {

    static final long MAX_DOCUMENT_BYTES = 50L * 1024 * 1024;

    private final ItemAnalysis.Analysers analysers;
    private final DocumentDating dating = new DocumentDating();

    DocumentImport(ItemAnalysis.Analysers analysers) {
        this.analysers = analysers;
    }

    void run(Path file, SourceFormat format, TextEncoding.Detected encoding, ItemWriter writer)
            throws RejectedSourceException, IOException {
        if (Files.size(file) > MAX_DOCUMENT_BYTES) {
            throw new RejectedSourceException("a single document larger than " + MAX_DOCUMENT_BYTES / (1024 * 1024)
                    + " MB is not supported; split it, or import a list file (one report per line)");
        }
        List<Passage> passages = read(file, format, encoding);
        List<Passage> content = passages.stream().filter(p -> p.kind() != PassageKind.FOOTNOTE).toList();
        if (content.isEmpty()) {
            throw new RejectedSourceException("no text found in the document");
        }
        String text = content.stream().map(Passage::text).collect(Collectors.joining("\n\n"));
        ItemAnalysis analysis = analysers.analyse(text);
        ItemDate date = dating.date(text);
        writer.write(analysis, content.get(0).locator(), date, passages);
    }

    private static List<Passage> read(Path file, SourceFormat format, TextEncoding.Detected encoding)
            throws RejectedSourceException, IOException {
        try {
            return switch (format) {
                case PDF -> new DocumentRepair().repair(new PdfTextReader().pages(file));
                case TXT -> new DocumentRepair().repair(List.of(decode(file, encoding)));
                case DOCX -> numbered(new DocxReader().paragraphs(file));
                case HTML -> numbered(new HtmlReader().paragraphs(file, encoding == null ? null : encoding.charset()));
            };
        } catch (UnreadableDocumentException e) {
            throw new RejectedSourceException(e.getMessage());
        }
    }

    private static List<Passage> numbered(List<String> paragraphs) {
        List<Passage> passages = new ArrayList<>();
        for (String paragraph : paragraphs) {
            String clean = TextCleaner.clean(paragraph);
            if (!clean.isEmpty()) {
                passages.add(Passage.body(1, passages.size() + 1, clean));
            }
        }
        return passages;
    }

    private static String decode(Path file, TextEncoding.Detected encoding) throws RejectedSourceException, IOException {
        byte[] bytes = Files.readAllBytes(file);
        ByteBuffer body = ByteBuffer.wrap(bytes, encoding.bomLength(), bytes.length - encoding.bomLength());
        try {
            return encoding.charset().newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(body).toString();
        } catch (CharacterCodingException e) {
            throw new RejectedSourceException("not valid " + encoding.charset().name()
                    + " text; save the file as UTF-8 or Windows-1251");
        }
    }
}
