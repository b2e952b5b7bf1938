package org.casebook.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SqlScriptTest {

    @Test
    void splitsOnSemicolonsOutsideQuotesCommentsAndTriggerBodies() {
        String script = """
                -- a comment; with a semicolon and an apostrophe's
                CREATE TABLE t (begin_char INTEGER, end_char INTEGER, note TEXT DEFAULT 'a;b');
                CREATE TRIGGER t_check AFTER INSERT ON t BEGIN
                    SELECT 1; SELECT 2;
                END;
                CREATE INDEX t_begin ON t (begin_char);
                """;

        assertThat(SqlScript.statements(script)).hasSize(3)
                .allSatisfy(s -> assertThat(s).doesNotContain("comment"));
        assertThat(SqlScript.statements(script).get(1)).startsWith("CREATE TRIGGER").endsWith("END;");
    }
}
