package org.casebook.extract;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import org.casebook.model.DatePrecision;
import org.casebook.model.ItemDate;

/**
 * Dates a whole document (a report or letter) that states no date of its own: it was written after everything it
 * mentions, so it is filed under the month of the latest date it mentions with a year, marked inferred.
 */
public final class DocumentDating {

    private final DateExtractor dates = new DateExtractor();

    public ItemDate date(String text) {
        Optional<LocalDate> latest = dates.mentions(text).stream()
                .filter(DateMention::yearStated)
                .filter(m -> m.precision() != DatePrecision.YEAR)
                .map(DocumentDating::lastDay)
                .max(Comparator.naturalOrder());
        return latest.map(d -> ItemDate.inferred(d.withDayOfMonth(1), null, DatePrecision.MONTH))
                .orElse(ItemDate.UNKNOWN);
    }

    private static LocalDate lastDay(DateMention mention) {
        ItemDate date = mention.toItemDate();
        return date.end() != null ? date.end() : date.start();
    }
}
