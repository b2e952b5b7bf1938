package org.casebook.ingest.document;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlReaderTest {

    private static final Charset CP1251 = Charset.forName("windows-1251");

    private static final String PAGE = """
            <html><head><meta charset="windows-1251"><title>Отчёт</title>
            <style>p { color: red }</style><script>var tracking = "script text";</script></head>
            <body>
              <header>Site header</header>
              <nav><ul><li>Home</li><li>About</li></ul></nav>
              <h1>Доклад о   пытках</h1>
              <p>Задержанные сообщили о&nbsp;давлении
                 со стороны следствия.</p>
              <div>Direct text of a div <span>with inline parts</span>
                <p>Nested paragraph</p>
              </div>
              <ul><li>Первый пункт</li><li>Second <b>item</b></li></ul>
              <table><tr><td>Cell A</td><td>  </td><td>Cell B</td></tr></table>
              <noscript>Enable JavaScript</noscript>
              <footer>Copyright footer</footer>
            </body></html>
            """;

    @TempDir
    Path dir;

    private final HtmlReader reader = new HtmlReader();

    @Test
    void readsBlocksInOrderWithoutScriptsNavigationOrChrome() throws Exception {
        Path file = Files.write(dir.resolve("page.html"), PAGE.getBytes(CP1251));
        assertThat(reader.paragraphs(file, null)).containsExactly(
                "Доклад о пытках",
                "Задержанные сообщили о давлении со стороны следствия.",
                "Direct text of a div with inline parts",
                "Nested paragraph",
                "Первый пункт",
                "Second item",
                "Cell A",
                "Cell B");
    }

    @Test
    void givenCharsetOverridesDetection() throws Exception {
        Path file = Files.writeString(dir.resolve("utf8.html"), "<p>Привет, мир</p>", StandardCharsets.UTF_8);
        assertThat(reader.paragraphs(file, StandardCharsets.UTF_8)).containsExactly("Привет, мир");
    }
}
