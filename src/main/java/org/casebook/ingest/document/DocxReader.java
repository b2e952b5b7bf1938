package org.casebook.ingest.document;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/** Reads the paragraphs of a Word (.docx) document straight from its XML, without Apache POI. */
public final class DocxReader {

    private static final String WORD_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String BODY_PART = "word/document.xml";

    public List<String> paragraphs(Path file) throws UnreadableDocumentException, IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry body = zip.getEntry(BODY_PART);
            if (body == null) {
                throw new UnreadableDocumentException("not a DOCX document: " + BODY_PART + " is missing");
            }
            try (InputStream in = zip.getInputStream(body)) {
                return parse(in);
            }
        } catch (ZipException e) {
            throw new UnreadableDocumentException("not a DOCX document: the file is not a valid zip archive", e);
        } catch (XMLStreamException e) {
            throw new UnreadableDocumentException("the DOCX document is damaged: its text cannot be parsed", e);
        }
    }

    private static List<String> parse(InputStream in) throws XMLStreamException {
        XMLStreamReader xml = safeFactory().createXMLStreamReader(in);
        List<String> paragraphs = new ArrayList<>();
        // text boxes put whole paragraphs inside a paragraph, hence a stack
        Deque<StringBuilder> open = new ArrayDeque<>();
        boolean inText = false;
        try {
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT && WORD_NS.equals(xml.getNamespaceURI())) {
                    switch (xml.getLocalName()) {
                        case "p" -> open.push(new StringBuilder());
                        case "t" -> inText = true;
                        case "tab" -> append(open, " ");
                        case "br", "cr" -> append(open, "\n");
                        case "noBreakHyphen" -> append(open, "-");
                        default -> { }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && WORD_NS.equals(xml.getNamespaceURI())) {
                    if (xml.getLocalName().equals("t")) {
                        inText = false;
                    } else if (xml.getLocalName().equals("p") && !open.isEmpty()) {
                        String text = open.pop().toString().strip();
                        if (!text.isEmpty()) {
                            paragraphs.add(text);
                        }
                    }
                } else if (inText && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)) {
                    append(open, xml.getText());
                }
            }
        } finally {
            xml.close();
        }
        return paragraphs;
    }

    private static void append(Deque<StringBuilder> open, String text) {
        if (!open.isEmpty()) {
            open.peek().append(text);
        }
    }

    private static XMLInputFactory safeFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return factory;
    }
}
