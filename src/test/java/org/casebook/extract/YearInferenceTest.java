package org.casebook.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.casebook.model.DateOrigin;
import org.casebook.model.ItemDate;
import org.junit.jupiter.api.Test;

class YearInferenceTest {

    private final DateExtractor dates = new DateExtractor();

    private DateMention mention(String text) {
        return dates.principal(text).orElseThrow();
    }

    @Test
    void takesTheYearThatFitsBetweenTheNeighbours() {
        ItemDate date = YearInference.complete(mention("Between 17th and 18th of May representatives met"),
                LocalDate.of(2018, 7, 12), LocalDate.of(2018, 4, 23));

        assertThat(date.isoStart()).isEqualTo("2018-05-17");
        assertThat(date.isoEnd()).isEqualTo("2018-05-18");
        assertThat(date.origin()).isEqualTo(DateOrigin.INFERRED);
    }

    @Test
    void aDecemberDateBelowAJanuaryItemBelongsToThePreviousYear() {
        ItemDate date = YearInference.complete(mention("On Dec 21st, officers stormed the houses"),
                LocalDate.of(2021, 1, 10), LocalDate.of(2020, 10, 16));

        assertThat(date.isoStart()).isEqualTo("2020-12-21");
    }

    @Test
    void withOnlyANewerNeighbourTakesTheLatestYearNotAfterIt() {
        ItemDate date = YearInference.complete(mention("On 5 December, at a press conference"),
                LocalDate.of(2014, 12, 22), null);

        assertThat(date.isoStart()).isEqualTo("2014-12-05");
    }

    @Test
    void aRangeAcrossMonthsKeepsBothEnds() {
        ItemDate date = YearInference.complete(mention("During the PACE Autumn session (30-4 October), we met"),
                LocalDate.of(2019, 10, 20), LocalDate.of(2019, 9, 7));

        assertThat(date.start()).isEqualTo(LocalDate.of(2019, 9, 30));
        assertThat(date.end()).isEqualTo(LocalDate.of(2019, 10, 4));
    }

    @Test
    void withoutDatedNeighboursTheDateStaysUnknown() {
        assertThat(YearInference.complete(mention("On 5 December, at a press conference"), null, null))
                .isEqualTo(ItemDate.UNKNOWN);
    }

    @Test
    void the29thOfFebruaryOnlyLandsInALeapYear() {
        ItemDate date = YearInference.complete(mention("On 29 February the court met"),
                LocalDate.of(2017, 6, 1), LocalDate.of(2015, 1, 1));

        assertThat(date.isoStart()).isEqualTo("2016-02-29");
    }
}
