package org.casebook.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Reads lines from a stream strictly in one encoding, never holding more than one line: a line longer than the
 * limit, or bytes that are not valid in the encoding, end the read with a reason (the import is then rolled back).
 */
public final class LineReader implements AutoCloseable {

    private static final int BUFFER = 1 << 16;

    private final InputStream in;
    private final CharsetDecoder decoder;
    private final int maxLineLength;
    private final String encodingName;
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER);
    private final CharBuffer chars = CharBuffer.allocate(BUFFER).flip();
    private boolean endOfInput;
    private boolean badBytesAhead;
    private int lineNumber;
    private boolean pendingCr;

    public LineReader(InputStream in, Charset charset, int maxLineLength) {
        this.in = in;
        this.decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        this.maxLineLength = maxLineLength;
        this.encodingName = charset.name();
    }

    /** The number of the line last returned, counting from 1. */
    public int lineNumber() {
        return lineNumber;
    }

    /** The next line without its terminator, or null at the end. */
    public String next() throws RejectedSourceException {
        StringBuilder line = new StringBuilder();
        boolean any = false;
        while (true) {
            if (!chars.hasRemaining() && !fill()) {
                if (badBytesAhead) {
                    throw new RejectedSourceException("not valid " + encodingName + " text at line "
                            + (lineNumber + 1) + "; save the file as UTF-8 or Windows-1251");
                }
                if (!any && line.length() == 0) {
                    return null;
                }
                lineNumber++;
                return line.toString();
            }
            char c = chars.get();
            if (pendingCr) {
                pendingCr = false;
                if (c == '\n') {
                    continue;
                }
            }
            any = true;
            if (c == '\n' || c == '\r') {
                pendingCr = c == '\r';
                lineNumber++;
                return line.toString();
            }
            if (line.length() >= maxLineLength) {
                throw new RejectedSourceException("line " + (lineNumber + 1) + " is longer than "
                        + String.format("%,d", maxLineLength) + " characters: not a list of reports");
            }
            line.append(c);
        }
    }

    /**
     * Decodes the next characters; false when none are left. Decoding stops just before bytes that are not valid
     * in the encoding, so every good line before them is delivered and the bad line's number is exact.
     */
    private boolean fill() throws RejectedSourceException {
        chars.clear();
        try {
            while (chars.position() == 0 && !badBytesAhead) {
                if (!endOfInput) {
                    int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
                    if (read < 0) {
                        endOfInput = true;
                    } else {
                        bytes.position(bytes.position() + read);
                    }
                }
                bytes.flip();
                CoderResult result = decoder.decode(bytes, chars, endOfInput);
                bytes.compact();
                badBytesAhead = result.isError();
                if (endOfInput && chars.position() == 0) {
                    break;
                }
            }
        } catch (IOException e) {
            throw new RejectedSourceException("cannot read: " + e.getMessage(), e);
        } finally {
            chars.flip();
        }
        return chars.hasRemaining();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
