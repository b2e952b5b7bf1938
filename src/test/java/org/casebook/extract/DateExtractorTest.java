package org.casebook.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.casebook.model.DatePrecision;
import org.casebook.model.ItemDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DateExtractorTest {

    private final DateExtractor dates = new DateExtractor();

    /** Every form the seed corpus writes, as it writes it. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "On 19 March 2019, Nursultan Nazarbayev resigned.|2019-03-19||day",
            "On March 19th 2020 a Kazakhstani political prisoner was released.|2020-03-19||day",
            "On October 16, 2020, two letters signed by MEPs.|2020-10-16||day",
            "11.03.2015 Muratbek Ketebayev left Spain.|2015-03-11||day",
            "On 17.02.2015, upon an invitation from the Bar Council|2015-02-17||day",
            "On 3/22/2011 the court ruled|2011-03-22||day",
            "On the 11th of October, 2017, Members of PACE signed|2017-10-11||day",
            "On May15, 2013, during a joint debate|2013-05-15||day",
            "Four years ago, on 16thDecember, 2011, in Zhanaozen|2011-12-16||day",
            "On Tuesday, 28 February, 2017, Members of the European Parliament|2017-02-28||day",
            "The event of 12 Oct 2015 in Brussels|2015-10-12||day",
            "Between 14 and 16 February, 2017, a delegation was present|2017-02-14|2017-02-16|day",
            "Between Wednesday 18 and Thursday 19 July, 2018 in Rome|2018-07-18|2018-07-19|day",
            "A representative took part in the meeting held on 15-16.07.2019 in Vienna|2019-07-15|2019-07-16|day",
            "03.06.2013 – 10.06.2013 Major events|2013-06-03|2013-06-10|day",
            "Major events 01.09.2012-30.09.2012|2012-09-01|2012-09-30|day",
            "On February 6-7, 2020, a delegation|2020-02-06|2020-02-07|day",
            "monitors cases from 1 May to 12 June 2019|2019-05-01|2019-06-12|day",
            "During the session (30 September – 4 October 2019) we met|2019-09-30|2019-10-04|day",
            "In July 2018 in Strasbourg, Elena Semenova recounted|2018-07||month",
            "In February, 2017, Mrs Balli Marzec addressed|2017-02||month",
            "The exhibition will be open from 12 December, 2014 to 21 December, 2014.|2014-12-12|2014-12-21|day",
            "Between March and May 2019 the mission visited Almaty|2019-03|2019-05|month",
            "19 марта 2019 года Назарбаев ушёл в отставку|2019-03-19||day",
    })
    void statedDates(String text, String start, String end, String precision) {
        ItemDate date = dates.principal(text).orElseThrow().toItemDate();

        assertThat(date.isoStart()).isEqualTo(start);
        assertThat(date.isoEnd()).isEqualTo(end);
        assertThat(date.precision()).isEqualTo(DatePrecision.ofKey(precision));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Between 17th and 18th of May representatives met|5|17|5|18",
            "On June 22-23th, our Maksym Sytnikov addressed|6|22|6|23",
            "During the last PACE Autumn session (30-4 October), together with|9|30|10|4",
            "On Dec 21st, armed officers stormed the houses|12|21|0|0",
            "On the 24 of February, the media spread information|2|24|0|0",
            "On 5 December, at a press conference|12|5|0|0",
            "Between September and October, a delegation visited the PACE|9|0|10|0",
    })
    void yearlessDatesKeepTheirDayAndMonth(String text, int month, int day, int endMonth, int endDay) {
        DateMention mention = dates.principal(text).orElseThrow();

        assertThat(mention.yearStated()).isFalse();
        assertThat(mention.from()).isEqualTo(new PartialDate(null, month, day));
        assertThat(mention.to()).isEqualTo(endMonth == 0 ? null : new PartialDate(null, endMonth, endDay));
    }

    @Test
    void theFirstDateOfAReportIsItsDate() {
        Optional<DateMention> principal = dates.principal("On March 19th 2020 Mukhtar Dzhakishev was released. "
                + "On March 3th, 2020, a court in Semey ruled to free him on parole.");

        assertThat(principal.orElseThrow().toItemDate().start()).isEqualTo(LocalDate.of(2020, 3, 19));
    }

    @Test
    void aReferenceToAnOlderDocumentDoesNotDateTheReport() {
        assertThat(dates.principal("This report provides an analysis of the implementation of the European "
                + "Parliament Resolution of 14 March 2019 on the human rights situation.")).isEmpty();
    }

    @Test
    void numbersThatAreNotDatesAreIgnored() {
        assertThat(dates.mentions("26 Members of PACE, 2019/2610(RSP), the 72th birthday, 1,000 protesters, "
                + "the 3rd group, 31.02.2019, 13/45/2011")).isEmpty();
        assertThat(dates.principal("Kazakhstan is party to the Convention against Torture.")).isEmpty();
    }

    @Test
    void aBareYearCountsOnlyWhenNothingMorePreciseIsWritten() {
        assertThat(dates.principal("The Open Dialog Foundation was established in 2009 in Poland.").orElseThrow()
                .toItemDate().isoStart()).isEqualTo("2009");
        assertThat(dates.principal("Founded in 2009, the Foundation met on 4 May 2015 in Kyiv.").orElseThrow()
                .toItemDate().isoStart()).isEqualTo("2015-05-04");
    }

    @Test
    void aRangeAcrossNewYearWithOneYearStartsInThePreviousYear() {
        ItemDate date = dates.principal("Between 30 December and 2 January 2020 the mission stayed.").orElseThrow()
                .toItemDate();

        assertThat(date.start()).isEqualTo(LocalDate.of(2019, 12, 30));
        assertThat(date.end()).isEqualTo(LocalDate.of(2020, 1, 2));
    }
}
