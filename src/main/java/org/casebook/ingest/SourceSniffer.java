package org.casebook.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.casebook.model.SourceFormat;

/** Tells a file's format from its first bytes, falling back to its name; refuses what Casebook cannot read. */
public final class SourceSniffer {

    private SourceSniffer() {
    }

    public static SourceFormat format(Path file, byte[] head) throws RejectedSourceException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (startsWith(head, "%PDF-")) {
            return SourceFormat.PDF;
        }
        if (name.endsWith(".pdf")) {
            throw new RejectedSourceException("not a PDF although named .pdf (no %PDF header)");
        }
        if (startsWith(head, "PK\u0003\u0004")) {
            if (isDocx(file)) {
                return SourceFormat.DOCX;
            }
            throw new RejectedSourceException("a zip archive that is not a Word document (.docx)");
        }
        if (name.endsWith(".docx")) {
            throw new RejectedSourceException("not a Word document although named .docx (not a zip archive)");
        }
        if (name.endsWith(".doc") || startsWith(head, "\u00D0\u00CF\u0011\u00E0")) {
            throw new RejectedSourceException("old binary Word format (.doc) is not supported: save it as .docx");
        }
        if (name.endsWith(".html") || name.endsWith(".htm") || looksLikeHtml(head)) {
            return SourceFormat.HTML;
        }
        return SourceFormat.TXT;
    }

    private static boolean isDocx(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry document = zip.getEntry("word/document.xml");
            return document != null;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean looksLikeHtml(byte[] head) {
        String start = new String(head, 0, Math.min(head.length, 512), java.nio.charset.StandardCharsets.ISO_8859_1)
                .stripLeading().toLowerCase(Locale.ROOT);
        if (start.startsWith("\u00ef\u00bb\u00bf")) {
            start = start.substring(3);
        }
        return start.startsWith("<!doctype html") || start.startsWith("<html");
    }

    private static boolean startsWith(byte[] head, String magic) {
        if (head.length < magic.length()) {
            return false;
        }
        for (int i = 0; i < magic.length(); i++) {
            if ((head[i] & 0xFF) != magic.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    public static byte[] head(Path file, int bytes) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(bytes);
        }
    }
}
