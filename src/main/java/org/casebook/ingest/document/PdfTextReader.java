package org.casebook.ingest.document;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Extracts the text of a PDF, one string per page, with paragraphs separated by a blank line. */
public final class PdfTextReader {

    private static final int HEADER_WINDOW = 1024;
    private static final int TRAILER_WINDOW = 2048;

    public List<String> pages(Path file) throws UnreadableDocumentException, IOException {
        checkEnvelope(file);
        // temp-file-only stream cache keeps memory bounded for large scanned or image-heavy PDFs
        try (PDDocument document = Loader.loadPDF(file.toFile(), IOUtils.createTempFileOnlyStreamCache())) {
            if (document.getNumberOfPages() == 0) {
                throw new UnreadableDocumentException("the PDF has no pages");
            }
            return extract(document);
        } catch (InvalidPasswordException e) {
            throw new UnreadableDocumentException("the PDF is password-protected", e);
        } catch (UnreadableDocumentException e) {
            throw e;
        } catch (IOException e) {
            throw new UnreadableDocumentException("the PDF is damaged or truncated", e);
        }
    }

    private static List<String> extract(PDDocument document) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        stripper.setLineSeparator("\n");
        stripper.setParagraphEnd("\n");
        List<String> pages = new ArrayList<>();
        for (int page = 1; page <= document.getNumberOfPages(); page++) {
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            pages.add(stripper.getText(document));
        }
        return pages;
    }

    /**
     * PDFBox repairs many broken files silently, so a download cut short would yield half a document without
     * complaint; a missing header or end-of-file marker is reported instead.
     */
    private static void checkEnvelope(Path file) throws UnreadableDocumentException, IOException {
        long size = Files.size(file);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            String head = read(raf, 0, (int) Math.min(size, HEADER_WINDOW));
            if (!head.contains("%PDF-")) {
                throw new UnreadableDocumentException("not a PDF document (or the PDF is damaged)");
            }
            long tailStart = Math.max(0, size - TRAILER_WINDOW);
            String tail = read(raf, tailStart, (int) (size - tailStart));
            if (!tail.contains("%%EOF")) {
                throw new UnreadableDocumentException("the PDF is damaged or truncated");
            }
        }
    }

    private static String read(RandomAccessFile raf, long offset, int length) throws IOException {
        byte[] bytes = new byte[length];
        raf.seek(offset);
        raf.readFully(bytes);
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }
}
