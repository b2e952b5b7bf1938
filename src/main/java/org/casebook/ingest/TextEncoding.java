package org.casebook.ingest;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Decides how a text file's bytes are to be read: a byte-order mark wins; bytes that decode as UTF-8 are UTF-8;
 * otherwise ICU's detector chooses among the single-byte encodings our sources use (Windows-1251 for Cyrillic).
 * Only a sample is looked at; the importer decodes the rest strictly and rejects the file if the guess proves wrong.
 */
public final class TextEncoding {

    /** Single-byte encodings accepted from the detector; anything else is reported as unreadable. */
    private static final Set<String> SINGLE_BYTE = Set.of("windows-1251", "KOI8-R", "ISO-8859-5", "windows-1252",
            "ISO-8859-1", "ISO-8859-2", "windows-1250");

    public record Detected(Charset charset, int bomLength) {
    }

    private TextEncoding() {
    }

    public static Detected detect(byte[] sample, boolean sampleIsWholeFile) throws RejectedSourceException {
        if (startsWith(sample, 0xEF, 0xBB, 0xBF)) {
            return new Detected(StandardCharsets.UTF_8, 3);
        }
        if (startsWith(sample, 0xFF, 0xFE)) {
            return new Detected(StandardCharsets.UTF_16LE, 2);
        }
        if (startsWith(sample, 0xFE, 0xFF)) {
            return new Detected(StandardCharsets.UTF_16BE, 2);
        }
        if (looksBinary(sample)) {
            throw new RejectedSourceException("binary data, not text (control bytes in the first "
                    + sample.length + " bytes)");
        }
        if (isUtf8(sample, sampleIsWholeFile)) {
            return new Detected(StandardCharsets.UTF_8, 0);
        }
        CharsetDetector detector = new CharsetDetector();
        detector.setText(sample);
        for (CharsetMatch match : detector.detectAll()) {
            if (SINGLE_BYTE.contains(match.getName()) && match.getConfidence() >= 10) {
                return new Detected(Charset.forName(match.getName()), 0);
            }
        }
        throw new RejectedSourceException("unknown text encoding (neither UTF-8 nor a Cyrillic or Latin code page)");
    }

    static boolean looksBinary(byte[] sample) {
        int control = 0;
        for (byte b : sample) {
            int v = b & 0xFF;
            if (v == 0) {
                return true;
            }
            if (v < 0x20 && v != '\n' && v != '\r' && v != '\t' && v != '\f' && v != 0x1B) {
                control++;
            }
        }
        return sample.length > 0 && control * 100 > sample.length;
    }

    private static boolean isUtf8(byte[] sample, boolean complete) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        int length = complete ? sample.length : cutToCharBoundary(sample);
        try {
            decoder.decode(ByteBuffer.wrap(sample, 0, length));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** A sample cut mid-character must not count as bad UTF-8: drop a trailing partial sequence. */
    private static int cutToCharBoundary(byte[] sample) {
        int end = sample.length;
        for (int back = 1; back <= 3 && end - back >= 0; back++) {
            int v = sample[end - back] & 0xFF;
            if ((v & 0xC0) != 0x80) { // a lead byte or ASCII
                int needed = v >= 0xF0 ? 4 : v >= 0xE0 ? 3 : v >= 0xC0 ? 2 : 1;
                return needed > back ? end - back : end;
            }
        }
        return end;
    }

    private static boolean startsWith(byte[] data, int... prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((data[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

}
