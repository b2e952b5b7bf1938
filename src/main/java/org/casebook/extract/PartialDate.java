package org.casebook.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import org.casebook.model.DatePrecision;

/**
 * A date as written: the year may be missing ("19 March"), and the day or month may be missing when the text only
 * names a month or a year. {@code month} and {@code day} are 0 when absent.
 */
public record PartialDate(Integer year, int month, int day) {

    public PartialDate {
        if (month < 0 || month > 12 || day < 0 || day > 31 || (day > 0 && month == 0)) {
            throw new IllegalArgumentException("not a date: " + year + "-" + month + "-" + day);
        }
    }

    public DatePrecision precision() {
        return day > 0 ? DatePrecision.DAY : month > 0 ? DatePrecision.MONTH : DatePrecision.YEAR;
    }

    public PartialDate withYear(int newYear) {
        return new PartialDate(newYear, month, day);
    }

    /** The first day this date can mean, once its year is known; empty for an impossible date (31 April). */
    public Optional<LocalDate> toLocalDate() {
        if (year == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(year, Math.max(month, 1), Math.max(day, 1)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Whether the day exists in the given year (29 February only in leap years). */
    public boolean validIn(int candidateYear) {
        return withYear(candidateYear).toLocalDate().isPresent();
    }
}
