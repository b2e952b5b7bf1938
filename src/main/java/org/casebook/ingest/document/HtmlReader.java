package org.casebook.ingest.document;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/** Reads the readable paragraphs of an HTML page, leaving out scripts, navigation and page chrome. */
public final class HtmlReader {

    private static final String CHROME = "script, style, nav, header, footer, noscript, template";
    private static final Set<String> BLOCKS = Set.of("p", "li", "h1", "h2", "h3", "h4", "h5", "h6",
            "blockquote", "td", "th", "pre", "div", "dt", "dd", "caption", "figcaption", "address",
            "section", "article", "main", "aside", "body");

    /** @param charsetOrNull the known encoding, or null to take it from the page's meta tag / BOM (else UTF-8) */
    public List<String> paragraphs(Path file, Charset charsetOrNull) throws IOException {
        Document page = Jsoup.parse(file.toFile(), charsetOrNull == null ? null : charsetOrNull.name());
        page.select(CHROME).remove();
        BlockCollector collector = new BlockCollector();
        NodeTraversor.traverse(collector, page.body());
        return collector.paragraphs;
    }

    /** Gives each block element its own text only, so nested blocks are not read twice. */
    private static final class BlockCollector implements NodeVisitor {
        private final List<String> paragraphs = new ArrayList<>();
        private final Deque<StringBuilder> open = new ArrayDeque<>();

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
                if (!open.isEmpty()) {
                    open.peek().append(text.getWholeText());
                }
            } else if (node instanceof Element element) {
                if (isBlock(element)) {
                    flushTop();
                    open.push(new StringBuilder());
                } else if (element.normalName().equals("br") && !open.isEmpty()) {
                    open.peek().append(' ');
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element && isBlock(element) && !open.isEmpty()) {
                emit(open.pop());
            }
        }

        /** Text a block holds before a nested block belongs before that block's text. */
        private void flushTop() {
            if (!open.isEmpty()) {
                emit(open.peek());
                open.peek().setLength(0);
            }
        }

        private void emit(StringBuilder text) {
            String normalised = text.toString().replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
            if (!normalised.isEmpty()) {
                paragraphs.add(normalised);
            }
        }

        private static boolean isBlock(Element element) {
            return BLOCKS.contains(element.normalName());
        }
    }
}
