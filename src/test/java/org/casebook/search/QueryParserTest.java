package org.casebook.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class QueryParserTest {

    @Test
    void readsWordsPhrasesOrNotPrefixesAndFields() {
        Query q = QueryParser.parse("Ablyazov \"open letter\" (France OR Italy) -Kozlov extradit* person:Tokaev from:2019-03");

        assertThat(q).isEqualTo(new Query.And(List.of(
                new Query.Word("Ablyazov", false),
                new Query.Phrase(List.of("open", "letter")),
                new Query.Or(List.of(new Query.Word("France", false), new Query.Word("Italy", false))),
                new Query.Not(new Query.Word("Kozlov", false)),
                new Query.Word("extradit", true),
                new Query.Field("person", "Tokaev", 60),
                new Query.Field("from", "2019-03", 74))));
    }

    @Test
    void readsNear() {
        assertThat(QueryParser.parse("NEAR(Kozlov prison, 5)")).isEqualTo(new Query.Near(List.of("Kozlov", "prison"), 5));
        assertThat(QueryParser.parse("NEAR(Kozlov prison)")).isEqualTo(new Query.Near(List.of("Kozlov", "prison"), 10));
    }

    @Test
    void aQuotedFieldValueMayHoldSpaces() {
        assertThat(QueryParser.parse("person:\"Mukhtar Ablyazov\"")).isEqualTo(
                new Query.Field("person", "Mukhtar Ablyazov", 1));
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = '|', value = {
            "\"open letter|the quote is never closed|1",
            "(France OR Italy|'(' is never closed|1",
            "France)|a ')' without its '('|7",
            "France OR|OR needs a term on both sides|8",
            "OR France|OR needs a term on both sides|1",
            "person:|the field 'person:' has no value|1",
            "colour:red|unknown field 'colour'|1",
            "- France|'-' must stand right before the word to leave out|1",
            "\"\"|the quotes hold no words|1",
            "ext*ra|'*' may only end a word|4",
            "'   '|the query is empty|1",
            "NEAR(Kozlov|NEAR( is never closed|1",
            "NEAR(Kozlov, 3)|NEAR needs at least two words|1",
    })
    void brokenSyntaxIsExplainedWithItsPosition(String query, String problem, int position) {
        assertThatThrownBy(() -> QueryParser.parse(query.equals("'   '") ? "   " : query))
                .isInstanceOf(SearchSyntaxException.class)
                .hasMessageContaining(problem)
                .hasMessageEndingWith("at position " + position);
    }
}
