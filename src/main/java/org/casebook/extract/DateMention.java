package org.casebook.extract;

import java.time.LocalDate;
import org.casebook.model.DatePrecision;
import org.casebook.model.ItemDate;

/**
 * A date or date range found in a text, with its character span. A yearless mention carries no year on either end;
 * {@link #endInNextYear()} tells that the range crosses New Year ("30 December - 2 January").
 */
public record DateMention(int begin, int end, PartialDate from, PartialDate to) {

    public boolean yearStated() {
        return from.year() != null;
    }

    public boolean isRange() {
        return to != null;
    }

    public DatePrecision precision() {
        return from.precision();
    }

    public boolean endInNextYear() {
        return to != null && to.month() < from.month();
    }

    /** This mention as an item date stated by the text; only for mentions whose year is stated. */
    public ItemDate toItemDate() {
        if (!yearStated()) {
            throw new IllegalStateException("the year of this date is not stated");
        }
        return ItemDate.stated(start(from.year()), endFor(from.year()), precision());
    }

    /** This mention with its start in the given year, marked inferred. */
    public ItemDate inferredIn(int year) {
        return ItemDate.inferred(start(year), endFor(year), precision());
    }

    LocalDate start(int year) {
        return from.withYear(year).toLocalDate().orElseThrow();
    }

    private LocalDate endFor(int startYear) {
        if (to == null) {
            return null;
        }
        int endYear = to.year() != null ? to.year() : startYear + (endInNextYear() ? 1 : 0);
        return to.withYear(endYear).toLocalDate().orElseThrow();
    }
}
