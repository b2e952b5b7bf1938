package org.casebook.ui.chronology;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.casebook.model.DatePrecision;
import org.casebook.model.ItemDate;
import org.junit.jupiter.api.Test;

class DateLabelsTest {

    private static final LocalDate DAY = LocalDate.of(2019, 3, 19);

    @Test
    void aDateIsShownAsPreciselyAsItIsKnownAndInferredDatesAreMarked() {
        assertThat(DateLabels.label(ItemDate.stated(DAY, null, DatePrecision.DAY))).isEqualTo("19 Mar 2019");
        assertThat(DateLabels.label(ItemDate.stated(DAY.withDayOfMonth(1), null, DatePrecision.MONTH))).isEqualTo("Mar 2019");
        assertThat(DateLabels.label(ItemDate.stated(LocalDate.of(2019, 1, 1), null, DatePrecision.YEAR))).isEqualTo("2019");
        assertThat(DateLabels.label(ItemDate.UNKNOWN)).isEqualTo("undated");
        assertThat(DateLabels.label(ItemDate.inferred(DAY, null, DatePrecision.DAY))).isEqualTo("≈ 19 Mar 2019");
        assertThat(DateLabels.explanation(ItemDate.stated(DAY, DAY.plusDays(2), DatePrecision.DAY)))
                .startsWith("19 Mar 2019 – 21 Mar 2019");
    }

    @Test
    void matchedWordsOfASnippetAreHighlighted() {
        assertThat(Highlights.runs("…addressed President [Tokayev] with a [letter]")).containsExactly(
                new Highlights.Run("…addressed President ", false), new Highlights.Run("Tokayev", true),
                new Highlights.Run(" with a ", false), new Highlights.Run("letter", true));
        assertThat(Highlights.runs("no marks [here")).containsExactly(new Highlights.Run("no marks [here", false));
    }
}
